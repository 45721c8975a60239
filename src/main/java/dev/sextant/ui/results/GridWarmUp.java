package dev.sextant.ui.results;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.SessionStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Shows a throwaway result pane in a scene no window shows, soon after start, so that the first
 * result the user runs finds the pane's classes loaded, its skins and cells compiled and its
 * stylesheets parsed: the first paint of a JVM cost 0.7–0.9 s of FX-thread time against ~0.2 s for
 * the next. The work is cut into steps, one per pulse, run only while the user gives no input;
 * on a cold JVM the pane's parts go first, a grid alone among them, so no one step makes it whole.
 */
public final class GridWarmUp {

    /** Lets the window's own first frames and the tabs it restores go first. */
    private static final Duration IDLE_AFTER_SHOWN = Duration.millis(400);

    /** How long no input must have come before the next step runs: 600 ms. */
    private static final long QUIET_NANOS = 600_000_000L;

    /** Whether a warm-up has ended in this app; what waits for that (FX thread only). */
    private static boolean warm;
    private static final List<Runnable> AFTERWARDS = new ArrayList<>();

    private GridWarmUp() {
    }

    /**
     * Runs {@code work} once a warm-up has ended (at once if one has): what it asks of the FX
     * thread is then short, where on a cold JVM the same was frames of 100-300 ms. FX thread only.
     */
    static void afterwards(Runnable work) {
        if (warm) {
            work.run();
        } else {
            AFTERWARDS.add(work);
        }
    }

    /**
     * Whether the app warms the grid up (and makes each tab's first result pane ahead): yes unless
     * {@code -Dsextant.gridWarmUp=false}, which the robot suite sets, for it starts the app ~150
     * times and clicks at once.
     */
    public static boolean switchedOn() {
        return Boolean.parseBoolean(System.getProperty("sextant.gridWarmUp", "true"));
    }

    /** Call once the main window is shown (FX thread). */
    public static void whenIdle() {
        whenIdle(() -> { });
    }

    /** As {@link #whenIdle()}, then {@code done} on the FX thread (benchmarks wait for it). */
    public static void whenIdle(Runnable done) {
        PauseTransition idle = new PauseTransition(IDLE_AFTER_SHOWN);
        idle.setOnFinished(e -> onePerPulse(steps(done), QUIET_NANOS));
        idle.play();
    }

    private static Deque<Runnable> steps(Runnable done) {
        StackPane root = new StackPane();
        Scene offScreen = new Scene(root, 900, 400);
        ResultPane[] pane = new ResultPane[1];
        Deque<Runnable> steps = new ArrayDeque<>();
        // The whole result pane, not its grid alone: its bar, FXML and edit controls were half of a cold paint.
        ResultSheet[] sheet = new ResultSheet[1];
        steps.add(() -> sheet[0] = new ResultSheet("warm-up", COLUMNS, CompactRows.of(COLUMNS.size(), rows()), null));
        // Making the pane was one frame of 270-290 ms on a cold JVM: its classes, then a grid alone, come first.
        for (List<String> group : CLASSES) {
            steps.add(() -> load(group));
        }
        paneParts(steps, root, sheet);
        steps.add(() -> pane[0] = new ResultPane(sheet[0], new Detached()));
        steps.add(() -> root.getChildren().add(pane[0]));
        steps.add(root::applyCss); // the skins, the grid's flow and headers
        grow(steps, root, height -> pane[0].setMaxHeight(height)); // the first cells, a few rows a step
        steps.add(root::applyCss); // the cells' own styles, NULL's pseudo-class among them
        steps.add(root::layout);
        steps.add(() -> {
            pane[0].grid().showRowAtTop(40); // cells given other rows, as a scroll does
            pane[0].grid().select(41, null);
            root.applyCss();
            root.layout();
        });
        steps.add(() -> root.getChildren().clear());
        steps.add(() -> offScreen.setRoot(new StackPane())); // nothing of the throwaway pane stays reachable
        steps.add(() -> {
            warm = true;
            List<Runnable> waiting = List.copyOf(AFTERWARDS);
            AFTERWARDS.clear();
            waiting.forEach(Runnable::run);
            done.run();
        });
        return steps;
    }

    /**
     * The pane's parts, one per step, before the pane itself: on a cold JVM making the pane, its
     * first style pass and its first layout were steps of 130-310 ms of FX CPU each, and each of
     * the parts below was still 70-150 ms until it was cut into the steps it is now.
     */
    private static void paneParts(Deque<Runnable> steps, StackPane root, ResultSheet[] sheet) {
        ResultGrid[] grid = new ResultGrid[1];
        steps.add(() -> grid[0] = new ResultGrid(COLUMNS, sheet[0].rows(), sheet[0].windowStartProperty(),
                sheet[0]::sampleRows));
        steps.add(() -> new org.kordamp.ikonli.javafx.FontIcon("fth-download")); // the icon font, read once
        steps.add(() -> dev.sextant.ui.common.Views.loadInto(new javafx.scene.layout.VBox(), new Object(),
                "results/ResultPane.fxml")); // the bar's FXML, parsed once without the pane's controller
        skinned(steps, root, () -> new javafx.scene.control.ScrollBar()); // a table's flow is made of these
        skinned(steps, root, () -> new javafx.scene.control.ListView<>()); // and a flow like a list's
        skinned(steps, root, () -> new javafx.scene.control.TableView<>()); // an empty table's skins: the grid's were 140 ms more
        steps.add(() -> {
            grid[0].clear(); // its header and flow laid out first, then its cells
            root.getChildren().setAll(grid[0].table());
        });
        steps.add(root::applyCss);
        steps.add(root::layout);
        steps.add(() -> grid[0].show(COLUMNS, sheet[0].rows(), sheet[0].windowStartProperty(), sheet[0]::sampleRows));
        grow(steps, root, height -> grid[0].table().setMaxHeight(height)); // its first cells a row or two: sixteen at once were 300 ms
        steps.add(() -> root.getChildren().clear());
        barParts(steps, root, sheet, grid);
    }

    /** The count line's and the edit bar's controls for one result, styled and laid out once, then let go. */
    private static void barParts(Deque<Runnable> steps, StackPane root, ResultSheet[] sheet, ResultGrid[] grid) {
        skinned(steps, root, () -> new javafx.scene.control.TextField()); // the filter's field: the count line's slowest skin
        ShownResult[] shown = new ShownResult[1];
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox();
        javafx.scene.layout.Pane spacer = new javafx.scene.layout.Pane();
        Detached detached = new Detached();
        // Each of these was a third of making the controls for a result, 80-110 ms together.
        steps.add(() -> new EditBar(new GridEdits(sheet[0], detached), sheet[0], grid[0].table(), () -> 0));
        steps.add(() -> new ServerSort(sheet[0], detached, grid[0]).release());
        steps.add(() -> ResultExport.button(sheet[0], detached, grid[0].table()));
        steps.add(() -> {
            bar.getChildren().add(spacer);
            shown[0] = new ShownResult(sheet[0], detached, new ShownResult.Parts(bar, spacer,
                    new javafx.scene.control.Label(), new javafx.scene.control.Label(),
                    new javafx.scene.control.Button(), grid[0], () -> { }));
        });
        steps.add(() -> root.getChildren().setAll(shown[0].editBar()));
        steps.add(root::applyCss); // the edit controls' skins, then the count line's with the filter
        steps.add(() -> root.getChildren().setAll(new VBox(bar, shown[0].editBar())));
        steps.add(root::applyCss);
        steps.add(root::layout);
        steps.add(() -> {
            root.getChildren().clear();
            shown[0].release();
        });
    }

    /** A {@code node} shown alone and styled once, so its skin's classes are loaded and run before a grid needs them. */
    private static void skinned(Deque<Runnable> steps, StackPane root, java.util.function.Supplier<javafx.scene.Node> node) {
        steps.add(() -> root.getChildren().setAll(node.get())); // made in its step: a cold control's class is slow to load
        steps.add(root::applyCss);
        steps.add(() -> root.getChildren().clear());
    }

    /** Laid out at growing heights, one a step, so each step makes only a few rows of new cells. */
    private static void grow(Deque<Runnable> steps, StackPane root, java.util.function.DoubleConsumer maxHeight) {
        grow(steps, root, maxHeight, 60, 150, 240, 330);
    }

    /** As {@link #grow(Deque, StackPane, java.util.function.DoubleConsumer)}, at {@code heights}, then without a limit. */
    static void grow(Deque<Runnable> steps, javafx.scene.Parent root, java.util.function.DoubleConsumer maxHeight,
                     double... heights) {
        double[] all = java.util.Arrays.copyOf(heights, heights.length + 1);
        all[heights.length] = Double.MAX_VALUE;
        for (double height : all) {
            steps.add(() -> {
                maxHeight.accept(height);
                root.layout();
            });
        }
    }

    /** The classes a pane's first frames load, in groups of one step each: FXML, the table's skins, the bar's. */
    private static final List<List<String>> CLASSES = List.of(
            List.of("javafx.fxml.FXMLLoader", "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.skin.ButtonSkin",
                    "javafx.scene.control.skin.ProgressIndicatorSkin", "javafx.scene.control.skin.TextFieldSkin"),
            List.of("javafx.scene.control.skin.TableViewSkin", "javafx.scene.control.skin.VirtualFlow",
                    "javafx.scene.control.skin.TableHeaderRow", "javafx.scene.control.skin.NestedTableColumnHeader",
                    "javafx.scene.control.skin.TableColumnHeader", "javafx.scene.control.skin.ScrollBarSkin"),
            List.of("javafx.scene.control.skin.TableRowSkin", "javafx.scene.control.skin.TableCellSkin",
                    "javafx.scene.control.skin.TooltipSkin", "javafx.scene.control.skin.MenuButtonSkin"),
            List.of(ServerSort.class.getName(), GridEdits.class.getName(), EditBar.class.getName(),
                    CellCopy.class.getName(), GridEditing.class.getName()));

    private static void load(List<String> classes) {
        for (String name : classes) {
            try {
                Class.forName(name, true, GridWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError gone) {
                // A JavaFX without that skin: its pane loads it when it needs it, as without a warm-up.
            }
        }
    }

    /**
     * One step per pulse, and none while the user works: a step is a long frame on a cold JVM,
     * so it waits until no key, click or wheel turn reached a window for {@code quietNanos}.
     */
    static void onePerPulse(Deque<Runnable> steps, long quietNanos) {
        long[] lastInput = {System.nanoTime() - quietNanos};
        EventHandler<InputEvent> input = e -> lastInput[0] = System.nanoTime();
        List<Window> watched = List.copyOf(Window.getWindows());
        watched.forEach(w -> w.addEventFilter(InputEvent.ANY, input));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (System.nanoTime() - lastInput[0] < quietNanos) {
                    return;
                }
                Runnable step = steps.poll();
                if (step == null) {
                    stop();
                    watched.forEach(w -> w.removeEventFilter(InputEvent.ANY, input));
                } else {
                    step.run();
                }
            }
        }.start();
    }

    /** The kinds of value a result shows: a number, text, a time and NULL. */
    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("id", "int4", true),
            new ResultColumn("name", "text", false), new ResultColumn("at", "timestamptz", false));

    private static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Object[] {(long) i, i % 7 == 0 ? null : "row " + i, "2026-12-02 04:00:00+00"});
        }
        return rows;
    }

    /** A tab with no connection: the pane then asks nothing of a server (read-only: not connected). */
    static final class Detached implements ResultFetcher, ResultHost {
        private final ObservableList<ResultSheet> results = FXCollections.observableArrayList();
        private final ObservableList<Message> messages = FXCollections.observableArrayList();
        private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
        private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>();

        @Override public void fetchMore(ResultSheet sheet) { }
        @Override public void fetchAll(ResultSheet sheet) { }
        @Override public ObservableList<ResultSheet> results() { return results; }
        @Override public ObservableList<Message> messages() { return messages; }
        @Override public Endpoint endpoint() { return null; }
        @Override public boolean isConnected() { return false; }
        @Override public boolean hasOpenTransaction() { return false; }
        @Override public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
        @Override public ReadOnlyObjectProperty<SessionStatus> statusProperty() { return status.getReadOnlyProperty(); }

        @Override
        public <T> void runOnSession(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            failed.accept(new IllegalStateException("the warm-up's pane has no session"));
        }

        @Override
        public <T> void runBeside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            failed.accept(new IllegalStateException("the warm-up's pane has no session"));
        }
    }
}
