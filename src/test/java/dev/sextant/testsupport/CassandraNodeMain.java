package dev.sextant.testsupport;

import java.io.IOException;
import java.io.InputStream;

/**
 * The main class of the test Cassandra node's child JVM: it starts Cassandra's own daemon and
 * exits as soon as its stdin closes, which happens when the test JVM that started it dies in
 * any way (even {@code kill -9}), so no node outlives its run. Uses nothing but java.base: the
 * child's classpath is Cassandra's, plus only this class's directory.
 */
public final class CassandraNodeMain {

    private CassandraNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watch = new Thread(CassandraNodeMain::exitWhenStdinCloses, "exit-when-parent-dies");
        watch.setDaemon(true);
        watch.start();
        Class.forName("org.apache.cassandra.service.CassandraDaemon")
                .getMethod("main", String[].class)
                .invoke(null, (Object) args);
    }

    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        try {
            while (in.read() >= 0) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end of input: the parent is gone.
        }
        // Runs Cassandra's shutdown hook (drain), as SIGTERM does.
        System.exit(0);
    }
}
