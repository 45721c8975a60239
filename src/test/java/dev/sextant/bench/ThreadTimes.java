package dev.sextant.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each kind of thread of this JVM (the FX thread, the renderer, the collector's, the JIT's, the
 * rest) with its time on a core and its time waiting in the run queue for one, from Linux's
 * {@code /proc/self/task/<tid>/schedstat}: the kernel's own account, which tells "the FX thread
 * worked" from "the FX thread was ready but had no core" from "it slept". Linux only; elsewhere empty.
 */
final class ThreadTimes {

    /** Nanoseconds on a core and waiting for one, per kind of thread. */
    record Times(Map<String, long[]> byKind) {

        /** What {@code this} has more than {@code earlier}, per kind: {run ms, wait ms}. */
        Map<String, double[]> since(Times earlier) {
            Map<String, double[]> out = new LinkedHashMap<>();
            for (var e : byKind.entrySet()) {
                long[] before = earlier.byKind.getOrDefault(e.getKey(), new long[2]);
                out.put(e.getKey(), new double[] {(e.getValue()[0] - before[0]) / 1e6, (e.getValue()[1] - before[1]) / 1e6});
            }
            return out;
        }
    }

    private static final Path TASKS = Path.of("/proc/self/task");
    private final Map<String, String> kinds = new HashMap<>();
    /** A thread that ended keeps counting in its kind, so a kind's time never goes back. */
    private final Map<String, long[]> lastSeen = new HashMap<>();

    Times now() {
        if (!Files.isDirectory(TASKS)) {
            return new Times(Map.of());
        }
        Map<String, long[]> byKind = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                try {
                    String[] stat = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    lastSeen.put(tid, new long[] {Long.parseLong(stat[0]), Long.parseLong(stat[1])});
                    kinds.computeIfAbsent(tid, t -> kindOf(task));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we looked: its last figures stay in lastSeen
                }
            }
        } catch (IOException e) {
            return new Times(Map.of());
        }
        for (var e : lastSeen.entrySet()) {
            long[] sum = byKind.computeIfAbsent(kinds.getOrDefault(e.getKey(), "other"), k -> new long[2]);
            sum[0] += e.getValue()[0];
            sum[1] += e.getValue()[1];
        }
        return new Times(byKind);
    }

    private static String kindOf(Path task) {
        String name;
        try {
            name = Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "other";
        }
        if (name.startsWith("JavaFX Applicat")) {
            return "FX";
        } else if (name.startsWith("QuantumRenderer")) {
            return "renderer";
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC";
        } else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        } else if (name.startsWith("sextant-")) {
            return "reader";
        }
        return "other";
    }
}
