package dev.sextant.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import javafx.animation.AnimationTimer;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what each long gap between two FX pulses was: the collector (a GC pause overlapping it,
 * from the GC beans' notifications), the FX thread's own work (its CPU time within the gap), or
 * neither, which on a shared 2-core machine is the FX thread waiting for a core. Start and stop
 * it on the FX thread; {@link #report} prints one line per gap over {@code 50 ms} and a summary.
 */
final class GapCauses extends AnimationTimer {

    private static final long LONG_GAP_NANOS = 50_000_000;

    /** A GC pause in the JVM's uptime milliseconds. */
    private record Pause(String name, String cause, long startMillis, long millis) {
    }

    /**
     * A gap between two pulses: its end in uptime ms, its length, the FX and whole-process CPU
     * within it, and the Java threads that used the most CPU in it (the renderer among them).
     */
    private record Gap(double endMillis, double millis, double fxCpuMillis, double processCpuMillis, String busiest,
                       java.util.Map<String, double[]> kinds) {

        /** The FX thread's time ready to run but without a core. */
        double fxWaitMillis() {
            return kinds.getOrDefault("FX", new double[2])[1];
        }

        String kindsText() {
            StringBuilder out = new StringBuilder("run/queued ms:");
            kinds.forEach((kind, t) -> {
                if (t[0] + t[1] >= 1) {
                    out.append(String.format(" %s %.0f/%.0f", kind, t[0], t[1]));
                }
            });
            return out.toString();
        }
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final long uptimeOriginNanos;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private java.util.Map<Long, Long> lastThreadCpu = java.util.Map.of();
    private final ThreadTimes threadTimes = new ThreadTimes();
    private ThreadTimes.Times lastTimes;
    private long lastPulse;
    private long lastFxCpu;
    private long lastProcessCpu;
    private int pulses;
    /** The longest gap of all, over 50 ms or not. */
    private long longestNanos;

    GapCauses() {
        // Pulse times are nanoTime, GC pauses uptime milliseconds: one origin for both.
        uptimeOriginNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    synchronized (pauses) {
                        pauses.add(new Pause(info.getGcAction() + " (" + info.getGcName() + ")", info.getGcCause(),
                                info.getGcInfo().getStartTime(), info.getGcInfo().getDuration()));
                    }
                }
            };
            NotificationEmitter emitter = (NotificationEmitter) bean;
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
    }

    @Override
    public void handle(long now) {
        long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpu = os.getProcessCpuTime();
        ThreadTimes.Times times = threadTimes.now();
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        java.util.Map<Long, Long> threadCpu = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            threadCpu.put(ids[i], cpu[i]);
        }
        if (lastPulse != 0) {
            pulses++;
            longestNanos = Math.max(longestNanos, now - lastPulse);
            if (now - lastPulse > LONG_GAP_NANOS) {
                gaps.add(new Gap((now - uptimeOriginNanos) / 1e6, (now - lastPulse) / 1e6, (fxCpu - lastFxCpu) / 1e6,
                        (processCpu - lastProcessCpu) / 1e6, busiest(threadCpu),
                        times.since(lastTimes)));
            }
        }
        lastThreadCpu = threadCpu;
        lastTimes = times;
        lastPulse = now;
        lastFxCpu = fxCpu;
        lastProcessCpu = processCpu;
    }

    /** The three Java threads other than the FX thread with the most CPU since the last pulse, and the CPU of all. */
    private String busiest(java.util.Map<Long, Long> now) {
        long fx = Thread.currentThread().getId();
        List<long[]> used = new ArrayList<>();
        long all = 0;
        for (var e : now.entrySet()) {
            Long before = lastThreadCpu.get(e.getKey());
            if (before != null && e.getKey() != fx && e.getValue() > before) {
                used.add(new long[] {e.getKey(), e.getValue() - before});
                all += e.getValue() - before;
            }
        }
        used.sort((a, b) -> Long.compare(b[1], a[1]));
        StringBuilder out = new StringBuilder(String.format("other Java threads %.0f ms:", all / 1e6));
        for (long[] u : used.subList(0, Math.min(3, used.size()))) {
            var info = threads.getThreadInfo(u[0]);
            out.append(String.format(" %s %.0f", info == null ? "?" : info.getThreadName(), u[1] / 1e6));
        }
        return out.toString();
    }

    @Override
    public void stop() {
        super.stop();
        unsubscribe.forEach(Runnable::run);
    }

    /** Prints each gap over 50 ms with what overlapped it, then how many gaps had which cause. */
    void report(String during) {
        int collector = 0;
        int fxWork = 0;
        int waiting = 0;
        int idle = 0;
        System.out.printf("  %s: %d pulses, %d gaps over 50 ms (gap: GC pause overlapping it; FX-thread CPU in it;"
                + " whole process CPU in it, 2 cores = 2x the gap)%n", during, pulses, gaps.size());
        for (Gap gap : gaps) {
            double start = gap.endMillis() - gap.millis();
            double gc = 0;
            StringBuilder what = new StringBuilder();
            synchronized (pauses) {
                for (Pause p : pauses) {
                    double overlap = Math.min(gap.endMillis(), p.startMillis() + p.millis()) - Math.max(start, p.startMillis());
                    if (overlap > 0) {
                        gc += overlap;
                        what.append(String.format(" [%s, %s: %d ms]", p.name(), p.cause(), p.millis()));
                    }
                }
            }
            String cause = gc >= gap.millis() / 3 ? "collector" : gap.fxCpuMillis() >= gap.millis() / 2 ? "FX work"
                    : gap.fxWaitMillis() >= gap.millis() / 3 ? "waiting" : "FX idle or blocked";
            switch (cause) {
                case "collector" -> collector++;
                case "FX work" -> fxWork++;
                case "waiting" -> waiting++;
                default -> idle++;
            }
            System.out.printf("    gap %6.1f ms: GC %5.1f ms, FX CPU %5.1f ms, FX queued for a core %5.1f ms, process CPU %6.1f ms"
                    + " -> %s%s; %s; %s%n", gap.millis(), gc, gap.fxCpuMillis(), gap.fxWaitMillis(), gap.processCpuMillis(),
                    cause, what, gap.kindsText(), gap.busiest());
        }
        System.out.printf("  %s: longest gap %.1f ms; gaps over 50 ms: %d collector, %d FX work, %d waiting for a core,"
                + " %d FX idle or blocked%n", during, longestNanos / 1e6, collector, fxWork, waiting, idle);
    }

    /** All GC pauses seen while watching: count, total and longest. */
    String pausesSummary() {
        synchronized (pauses) {
            long total = pauses.stream().mapToLong(Pause::millis).sum();
            long most = pauses.stream().mapToLong(Pause::millis).max().orElse(0);
            return String.format("%d GC pauses, %d ms in all, longest %d ms", pauses.size(), total, most);
        }
    }
}
