package dev.sextant.ui.history;

import dev.sextant.core.session.PlainError;
import dev.sextant.core.store.HistoryEntry;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The query history: a search field ({@code historySearch}), a connection choice
 * ({@code historyConnection}) and the statements, newest first ({@code historyList}).
 * Double-click or Enter puts a statement into the editor and closes the window.
 */
public final class HistoryWindow {

    static final String ALL = "All connections";
    private static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @FXML private TextField historySearch;
    @FXML private ChoiceBox<String> historyConnection;
    @FXML private ListView<HistoryEntry> historyList;
    @FXML private Label historyCount;

    private final QueryHistory history;
    private final BackgroundRunner runner;
    private final Consumer<String> onPick;
    private final Stage stage = new Stage();
    private long searches;

    /** @param onPick receives the chosen statement's text, on the FX thread */
    public HistoryWindow(QueryHistory history, BackgroundRunner runner, Consumer<String> onPick) {
        this.history = history;
        this.runner = runner;
        this.onPick = onPick;
    }

    /** Shows the window, set to {@code connection}'s history (null: every connection's). */
    public void show(Window owner, String connection) {
        Parent root = Views.load(this, "history/HistoryWindow.fxml");
        historyConnection.getItems().add(ALL);
        historyConnection.setValue(connection == null ? ALL : connection);
        if (connection != null) {
            historyConnection.getItems().add(connection);
        }
        historyList.setCellFactory(list -> new EntryCell());
        historyList.setPlaceholder(new Label("No statements yet."));
        historyList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pick();
            }
        });
        historyList.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick();
            }
        });
        historySearch.setOnAction(e -> pick());
        historySearch.textProperty().addListener((obs, old, now) -> search());
        historyConnection.valueProperty().addListener((obs, old, now) -> search());
        runner.run(history::connections, names -> {
            List<String> more = new ArrayList<>(names);
            more.removeAll(historyConnection.getItems());
            historyConnection.getItems().addAll(more);
        }, this::readFailed);
        stage.setTitle("Query history");
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 760, 480));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        search();
    }

    private void search() {
        long number = ++searches;
        String text = historySearch.getText();
        String connection = ALL.equals(historyConnection.getValue()) ? null : historyConnection.getValue();
        runner.run(() -> history.search(text, connection, SHOWN), found -> {
            if (number == searches) { // the latest search wins
                historyList.getItems().setAll(found);
                if (!found.isEmpty()) {
                    historyList.getSelectionModel().selectFirst();
                }
                historyCount.setText(found.size() == SHOWN ? "The newest " + SHOWN + " statements"
                        : Wording.count(found.size(), "statement"));
            }
        }, this::readFailed);
    }

    /** The window's one line says it: an empty list must not pass for an empty history. */
    private void readFailed(Throwable error) {
        historyCount.setText("Could not read the history in " + history.file() + ": " + PlainError.of(error).sentence());
    }

    private void pick() {
        HistoryEntry entry = historyList.getSelectionModel().getSelectedItem();
        if (entry != null) {
            stage.close();
            onPick.accept(entry.sql());
        }
    }

    /** Puts {@code sql} at the end of the editor, selected, so Run runs exactly it. */
    public static void insertInto(CodeArea editor, String sql) {
        String text = editor.getText();
        String before = text.isBlank() ? "" : text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
        int start = text.isBlank() ? 0 : text.length() + before.length();
        if (text.isBlank()) {
            editor.replaceText(sql);
        } else {
            editor.appendText(before + sql);
        }
        editor.selectRange(start, start + sql.length());
        editor.requestFollowCaret();
        editor.requestFocus();
    }

    /** The statement on one line, and when, where, how long and what it gave beneath it. */
    private static final class EntryCell extends ListCell<HistoryEntry> {
        private final Label sql = new Label();
        private final Label about = new Label();
        private final VBox box = new VBox(2, sql, about);

        EntryCell() {
            sql.getStyleClass().add("history-sql");
            about.getStyleClass().add("history-about");
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            sql.setText(entry.sql().replaceAll("\\s+", " "));
            about.setText(WHEN.format(entry.ranAt()) + " · " + entry.connection() + " · " + entry.millis() + " ms"
                    + (entry.outcome().isEmpty() ? "" : " · " + entry.outcome()));
            about.getStyleClass().remove("history-failed");
            if (entry.failed()) {
                about.getStyleClass().add("history-failed");
            }
            setGraphic(box);
        }
    }
}
