package dev.sextant.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A class path of jars only, as the installed app runs: each folder of the given class path
 * (Maven's classes and test classes) is packed into a jar of its own, the jars stay as they are.
 * On JDK 17 a CDS archive can hold classes from jars only, never from a folder.
 */
final class JarClassPath {

    private JarClassPath() {
    }

    /** The same entries in the same order, folders replaced by jars written under {@code into}. */
    static String of(String classPath, Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int folder = 0;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = into.resolve("folder-" + (++folder) + "-" + path.getFileName() + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            } else if (Files.isRegularFile(path)) {
                entries.add(path.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file)) {
                    out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                    copy(file, out);
                    out.closeEntry();
                }
            }
        }
    }

    private static void copy(Path file, OutputStream out) throws IOException {
        Files.copy(file, out);
    }
}
