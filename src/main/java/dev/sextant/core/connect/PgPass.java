package dev.sextant.core.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The password file, {@code ~/.pgpass} or {@code PGPASSFILE}: lines of
 * {@code host:port:database:user:password}, read as libpq reads them. The first matching line
 * wins, a field of just {@code *} matches anything, {@code \:} and {@code \\} are a literal colon
 * and backslash. A file that group or others may read is ignored, with libpq's warning.
 */
public final class PgPass {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PgPass() {
    }

    /** Which file libpq would read: the {@code passfile} option, else PGPASSFILE, else ~/.pgpass. */
    public static Path location(String passfileOption, ConnectionEnvironment env) {
        if (passfileOption != null && !passfileOption.isEmpty()) {
            return Path.of(passfileOption);
        }
        String variable = env.variable("PGPASSFILE");
        return variable != null ? Path.of(variable) : env.home().resolve(".pgpass");
    }

    /**
     * The password of the first line matching the server, database and user, or null. Problems
     * with the file that libpq warns about on stderr are added to {@code warnings} instead.
     */
    public static String find(Path file, ServerAddress server, String database, String user, List<String> warnings) {
        if (user == null || user.isEmpty() || !Files.exists(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            warnings.add("WARNING: password file \"" + file + "\" is not a plain file");
            return null;
        }
        if (openToOthers(file)) {
            warnings.add("WARNING: password file \"" + file
                    + "\" has group or world access; permissions should be u=rw (0600) or less");
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // libpq ignores a password file it cannot open
        }
        String[] wanted = {server.host(), Integer.toString(server.port()), database == null ? "" : database, user};
        for (String line : lines) {
            String password = passwordIfMatching(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, wanted);
            if (password != null) {
                return password;
            }
        }
        return null;
    }

    private static boolean openToOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            return permissions.stream().anyMatch(GROUP_OR_OTHERS::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system (Windows): libpq does not check there either
        }
    }

    private static String passwordIfMatching(String line, String[] wanted) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        int at = 0;
        for (String token : wanted) {
            at = fieldMatches(line, at, token);
            if (at < 0) {
                return null;
            }
        }
        return unescapePassword(line.substring(at));
    }

    /** Where the next field starts if the field at {@code at} matches, else -1 (libpq's pwdfMatchesString). */
    private static int fieldMatches(String line, int at, String token) {
        if (line.startsWith("*:", at)) {
            return at + 2;
        }
        int t = 0;
        int i = at;
        while (i < line.length()) {
            boolean escaped = false;
            if (line.charAt(i) == '\\') {
                i++;
                escaped = true;
                if (i >= line.length()) {
                    return -1;
                }
            }
            char c = line.charAt(i);
            if (c == ':' && !escaped && t == token.length()) {
                return i + 1;
            }
            if (t == token.length() || c != token.charAt(t)) {
                return -1;
            }
            i++;
            t++;
        }
        return -1;
    }

    /** The password runs to the next unescaped colon or the end of the line. */
    private static String unescapePassword(String rest) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < rest.length() && rest.charAt(i) != ':'; i++) {
            if (rest.charAt(i) == '\\' && i + 1 < rest.length()) {
                i++;
            }
            password.append(rest.charAt(i));
        }
        return password.toString();
    }
}
