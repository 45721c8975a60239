package dev.sextant.core.result;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.ui.results.GridWindow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own for what a test cannot do in its own: die without cleaning up, or fetch a
 * result bigger than its small heap. Started by {@link #start}; says what it saw on stdout.
 */
public final class SpillChild {

    static final int CRASHED = 77;

    private SpillChild() {
    }

    static Process start(Path home, String mode, String heap) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!heap.isEmpty()) {
            command.add(heap);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SpillChild.class.getName(),
                mode, home.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        if (args[0].equals("crash")) {
            CompactRows first = CompactRows.of(1, List.<Object[]>of(new Object[] {1}));
            FetchedRows rows = new FetchedRows(first, new RowBudget(0, home.resolve(SpillFile.FOLDER), 0));
            rows.add(rows.keep(CompactRows.of(1, List.<Object[]>of(new Object[] {2}))));
            Runtime.getRuntime().halt(CRASHED); // no shutdown hooks: as a crash or a kill -9
        }
        fetchAll(home, Integer.parseInt(args[0]));
    }

    /** Fetches every row as Fetch all does, jumps to the last and prints it with what the heap and disk held. */
    private static void fetchAll(Path home, int count) throws Exception {
        Path file = Files.createTempFile(home, "rows", ".db");
        String sql = "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + count + ") "
                + "SELECT x, printf('%040d', x) AS padded, x * 1.5 AS half FROM g";
        RowBudget budget = RowBudget.underHome(home);
        long heapPeak = 0;
        try (SqlSession session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)))) {
            Outcome.Rows first = (Outcome.Rows) session.execute(sql).get(0);
            FetchedRows rows = new FetchedRows(first.result().rows(), budget);
            while (first.rest() != null && first.rest().isOpen()) {
                rows.add(rows.keep(session.fetch(first.rest(), 10_000)));
                Runtime rt = Runtime.getRuntime();
                heapPeak = Math.max(heapPeak, rt.totalMemory() - rt.freeMemory());
            }
            GridWindow window = new GridWindow(10_000, rows.size());
            long started = System.nanoTime();
            window.jump(GridWindow.Jump.LAST, 30);
            List<Object[]> shown = rows.view(window.start(), window.start() + window.length());
            Object[] last = shown.get((int) (window.selected() - window.start()));
            for (int i = (int) (window.top() - window.start()); i < shown.size(); i++) {
                shown.get(i); // the screenful the grid paints
            }
            double millis = (System.nanoTime() - started) / 1e6;
            System.out.printf("rows=%d last=%s|%s|%s jumpMs=%.1f heapBytes=%d diskBytes=%d budget=%d peakHeap=%d%n",
                    rows.size(), last[0], last[1], last[2], millis, rows.bytes(), rows.diskBytes(),
                    budget.memoryBytes(), heapPeak);
            rows.close();
        }
        Files.delete(file);
    }
}
