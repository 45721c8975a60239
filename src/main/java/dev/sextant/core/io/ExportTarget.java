package dev.sextant.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file an export writes, never seen half-written: the rows go into a hidden temporary file
 * beside it, which takes the chosen name only once it is complete. A failure or a Cancel deletes
 * the temporary file, so the chosen name holds either the old file or the whole new one.
 */
public final class ExportTarget {

    /** What writes the file's content onto the stream it is given. */
    public interface Content<T> {
        T writeTo(OutputStream out) throws Exception;
    }

    private ExportTarget() {
    }

    /** Why {@code file} cannot be written, in one sentence, or null when it looks writable. */
    public static String problem(Path file) {
        if (file == null || file.getFileName() == null) {
            return "Choose a file to export to.";
        }
        Path folder = folderOf(file);
        if (!Files.exists(folder)) {
            return "The folder " + folder + " does not exist.";
        }
        if (!Files.isDirectory(folder)) {
            return folder + " is not a folder.";
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder; choose a file name.";
        }
        return null;
    }

    /** Writes {@code content} into a temporary file beside {@code file}, then gives it {@code file}'s name. */
    public static <T> T write(Path file, Content<T> content) {
        String problem = problem(file);
        if (problem != null) {
            throw new ExportException(problem);
        }
        Path temp = createTemp(file);
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                result = content.writeTo(out);
            }
            moveInPlace(temp, file);
            return result;
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(ioSentence(file, e), e);
        } catch (Exception e) {
            throw new ExportException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path createTemp(Path file) {
        Path folder = folderOf(file);
        String name = "." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part";
        Path temp = folder.resolve(name);
        try {
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            return temp;
        } catch (AccessDeniedException e) {
            throw new ExportException("Sextant may not write in the folder " + folder + ".", e);
        } catch (IOException e) {
            throw new ExportException(ioSentence(file, e), e);
        }
    }

    private static void moveInPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String ioSentence(Path file, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return "Writing " + file + " failed: " + (reason == null ? e.getClass().getSimpleName() : reason) + ".";
    }

    private static Path folderOf(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getParent();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more to do: the hidden .part file is all that is left, never the chosen name.
        }
    }
}
