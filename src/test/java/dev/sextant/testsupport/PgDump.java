package dev.sextant.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pg_dump client installed on this machine, for tests that dump a test server. pg_dump refuses
 * to dump a server of a newer major version than its own, so tests ask for at least the server's.
 *
 * <p>Looks in {@code /usr/lib/postgresql/N/bin} (Debian and Ubuntu keep one per installed major
 * there) and on the PATH. The system property {@value #DIRS_PROPERTY} (directories separated by
 * {@code :}) replaces those places, so a run can show what happens on a machine without pg_dump.
 */
public final class PgDump {

    public static final String DIRS_PROPERTY = "sextant.pgdump.dirs";

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final long VERSION_TIMEOUT_SECONDS = 10;
    private static final long DUMP_TIMEOUT_SECONDS = 120;

    private final Path executable;
    private final int major;
    private final String version;

    private PgDump(Path executable, int major, String version) {
        this.executable = executable;
        this.major = major;
        this.version = version;
    }

    /**
     * The pg_dump of the highest major version, if one of at least {@code minimumMajor} is installed.
     * Of equal majors the first found wins: Debian's own directory before {@code /usr/bin/pg_dump},
     * which is pg_wrapper and may pick a version by the clusters it knows.
     */
    public static Optional<PgDump> newest(int minimumMajor) {
        return candidates().stream()
                .map(PgDump::probe)
                .flatMap(Optional::stream)
                .filter(found -> found.major >= minimumMajor)
                .max(Comparator.comparingInt(found -> found.major));
    }

    public int major() {
        return major;
    }

    /** As pg_dump says it, e.g. {@code pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)} at its path. */
    public String version() {
        return version + " at " + executable;
    }

    /**
     * {@code pg_dump -s} of {@code database} as plain SQL, written to {@code out} and returned.
     * Fails when pg_dump exits with an error or takes longer than two minutes.
     */
    public String schemaOf(TestPostgres server, String database, Path out) throws IOException, InterruptedException {
        return dump(server, database, out, "--schema-only");
    }

    /**
     * A plain-format dump of {@code database} with its data, as pg_dump writes it by default: each
     * table's rows as {@code COPY … FROM stdin;} followed by the rows up to {@code \.}.
     */
    public String withDataOf(TestPostgres server, String database, Path out) throws IOException, InterruptedException {
        return dump(server, database, out, "--format=plain");
    }

    private String dump(TestPostgres server, String database, Path out, String what) throws IOException, InterruptedException {
        Files.createDirectories(out.getParent());
        Path errors = out.resolveSibling(out.getFileName() + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), what, "--format=plain",
                "--no-password", "--host=" + server.host(), "--port=" + server.port(),
                "--username=" + server.user(), "--dbname=" + database)
                .redirectOutput(out.toFile())
                .redirectError(errors.toFile());
        // Only the password from the environment: a developer's PGSERVICE, PGSSLMODE or PGOPTIONS must not change the dump.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().put("PGPASSWORD", server.password());
        Process process = builder.start();
        if (!process.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(executable + " did not finish in " + DUMP_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(executable + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(errors, StandardCharsets.UTF_8).strip());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String override = System.getProperty(DIRS_PROPERTY);
        if (override != null) {
            splitDirs(override, dirs);
        } else {
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(Path.of("/usr/lib/postgresql"))) {
                versions.forEach(dir -> dirs.add(dir.resolve("bin")));
            } catch (IOException e) {
                // No Debian-style installation: the PATH may still have one.
            }
            splitDirs(System.getenv().getOrDefault("PATH", ""), dirs);
        }
        return dirs.stream().map(dir -> dir.resolve("pg_dump")).filter(Files::isExecutable).toList();
    }

    private static void splitDirs(String list, List<Path> into) {
        for (String dir : list.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                into.add(Path.of(dir));
            }
        }
    }

    /** Asks the executable its version; empty when it does not answer like a pg_dump. */
    private static Optional<PgDump> probe(Path executable) {
        Path output = null;
        try {
            // Into a file, not a pipe: reading a pipe would wait for ever on a program that never ends.
            output = Files.createTempFile("pg_dump-version", ".txt");
            Process process = new ProcessBuilder(executable.toString(), "--version")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String answer = Files.readString(output, StandardCharsets.UTF_8).strip();
            Matcher m = VERSION.matcher(answer);
            return m.find() ? Optional.of(new PgDump(executable, Integer.parseInt(m.group(1)), answer)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file of a few bytes is no reason to fail the search.
            }
        }
    }
}
