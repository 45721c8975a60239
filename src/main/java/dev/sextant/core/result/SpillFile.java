package dev.sextant.core.result;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A temporary file of the app's own holding the pages of one result that do not fit its memory
 * budget, read back a page at a time when the grid shows them. Deleted when the result closes or
 * the app exits; a file left by a crash is deleted at the next start ({@link #deleteLeftovers}).
 * A live file is known by the lock its app holds on it, which the system drops when the app dies,
 * so a leftover is told apart without trusting process ids. Writes and reads may come from
 * different threads.
 */
public final class SpillFile implements AutoCloseable {

    /** The app home's folder for spill files. */
    public static final String FOLDER = "spill";
    private static final String SUFFIX = ".rows";
    private static final Set<SpillFile> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Set.copyOf(OPEN).forEach(SpillFile::close),
                "sextant-spill-cleanup"));
    }

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final long diskReserve;
    private long length;

    private SpillFile(Path path, FileChannel channel, FileLock lock, long diskReserve) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.diskReserve = diskReserve;
    }

    /**
     * A new, empty file in {@code directory}; writing stops with {@link DiskFullException} when
     * it would leave less than {@code diskReserve} bytes free on that disk.
     */
    public static SpillFile create(Path directory, long diskReserve) throws IOException {
        Files.createDirectories(directory);
        Path path = Files.createTempFile(directory, "result-", SUFFIX);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        SpillFile file = new SpillFile(path, channel, channel.lock(), diskReserve);
        OPEN.add(file);
        return file;
    }

    /** Deletes the spill files in {@code directory} no running app holds; returns how many. */
    public static int deleteLeftovers(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                if (isLeftover(file)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean isLeftover(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another running app holds it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this app holds it
        }
    }

    public Path path() {
        return path;
    }

    /** The bytes written so far: the disk this result uses. */
    public synchronized long bytes() {
        return length;
    }

    /** Appends a page; returns where it lies, for {@link #read}. */
    synchronized Region write(CompactRows page) throws IOException {
        ByteBuffer[] parts = page.encode();
        long size = 0;
        for (ByteBuffer part : parts) {
            size += part.remaining();
        }
        long free = Files.getFileStore(path).getUsableSpace();
        if (free - size < diskReserve) {
            throw new DiskFullException(path.getParent(), free);
        }
        long at = length;
        long position = at;
        for (ByteBuffer part : parts) {
            while (part.hasRemaining()) {
                position += channel.write(part, position);
            }
        }
        length = position;
        return new Region(at, (int) (position - at));
    }

    /** The page written at {@code region}. */
    CompactRows read(Region region) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(region.length());
        long position = region.offset();
        while (bytes.hasRemaining()) {
            int read = channel.read(bytes, position);
            if (read < 0) {
                throw new IOException("The spill file " + path + " ends early.");
            }
            position += read;
        }
        return CompactRows.decode(bytes.flip());
    }

    /** Deletes the file; safe to call more than once. */
    @Override
    public synchronized void close() {
        OPEN.remove(this);
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Left behind: the next start deletes it as a leftover.
        }
    }

    /** Where a page lies in the file. */
    record Region(long offset, int length) {
    }

    /** Spilling would fill the disk: the result keeps what was fetched and fetching stops. */
    public static final class DiskFullException extends IOException {
        DiskFullException(Path directory, long free) {
            super("The disk holding " + directory + " has only " + (free >> 20)
                    + " MB free, so no more rows were fetched.");
        }
    }
}
