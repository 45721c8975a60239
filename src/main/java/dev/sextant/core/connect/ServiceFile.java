package dev.sextant.core.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libpq's connection service files: {@code [name]} sections of {@code keyword=value} lines.
 * Looked up as libpq does: the user's file ({@code PGSERVICEFILE}, else
 * {@code ~/.pg_service.conf}) first, then {@code pg_service.conf} in {@code PGSYSCONFDIR}
 * (or the system directory); the first file that has the section wins.
 */
public final class ServiceFile {

    private ServiceFile() {
    }

    /** The options the service defines, with libpq's own key names. */
    public static Map<String, String> lookup(String service, ConnectionEnvironment env) throws ConnectionStringException {
        for (Path file : candidates(env)) {
            if (Files.exists(file)) {
                Map<String, String> found = read(file, service);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new ConnectionStringException("definition of service \"" + service + "\" not found");
    }

    private static List<Path> candidates(ConnectionEnvironment env) {
        String userFile = env.variable("PGSERVICEFILE");
        Path first = userFile != null ? Path.of(userFile) : env.home().resolve(".pg_service.conf");
        String sysconf = env.variable("PGSYSCONFDIR");
        Path dir = sysconf != null ? Path.of(sysconf) : env.systemConfigDir();
        return dir == null ? List.of(first) : List.of(first, dir.resolve("pg_service.conf"));
    }

    /** The section's options, or null when the file has no such section. */
    static Map<String, String> read(Path file, String service) throws ConnectionStringException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConnectionStringException("service file \"" + file + "\" not found");
        }
        Map<String, String> options = null;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (options != null) {
                    break;
                }
                // libpq compares the name and the closing bracket only, ignoring what follows.
                options = line.startsWith("[" + service + "]") ? new LinkedHashMap<>() : null;
            } else if (options != null) {
                readOption(file, number, line, options);
            }
        }
        return options;
    }

    private static void readOption(Path file, int number, String line, Map<String, String> options)
            throws ConnectionStringException {
        int equals = line.indexOf('=');
        String key = equals < 0 ? null : line.substring(0, equals);
        if ("service".equals(key)) {
            throw new ConnectionStringException("nested \"service\" specifications not supported in service file \""
                    + file + "\", line " + number);
        }
        if (key == null || !LibpqKeywords.isKnown(key)) {
            throw new ConnectionStringException("syntax error in service file \"" + file + "\", line " + number);
        }
        // The first setting wins, as libpq never overrides a value it already has.
        options.putIfAbsent(key, line.substring(equals + 1));
    }
}
