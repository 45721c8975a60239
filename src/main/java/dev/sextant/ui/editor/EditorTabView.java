package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.ui.results.MessageList;
import dev.sextant.ui.results.RecordSwitch;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.ui.common.Views;
import dev.sextant.core.plan.PlanSource;
import dev.sextant.ui.plan.PlanView;
import dev.sextant.ui.plan.PlanViewModel;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;

import java.util.List;

/**
 * One editor tab: the SQL editor above the tab's results and messages. Only the selected tab's
 * controls carry the automation ids ({@code queryEditor}, {@code resultTabs},
 * {@code resultTable}, {@code messages}), so a lookup always finds what the user sees.
 */
public final class EditorTabView {

    @FXML private CodeArea editor;
    @FXML private TabPane results;
    @FXML private Label noResults;
    @FXML private ListView<Message> messageList;
    @FXML private Button explain;
    @FXML private Button explainAnalyze;
    @FXML private Label recordMode;

    private final EditorTabViewModel model;
    private final Tab tab;
    private boolean active;
    private final EditorLook look;
    private final PlanView plan;
    private final ResultTabs panes;

    public EditorTabView(EditorTabViewModel model, String title, String initialText) {
        this.model = model;
        this.panes = new ResultTabs(model);
        SplitPane content = Views.load(this, "editor/EditorTab.fxml");
        look = new EditorLook(editor, model.errorOffsetProperty(), () -> active);
        editor.replaceText(initialText);
        editor.moveTo(0);
        MessageList.show(messageList, model.messages());
        PlanViewModel plans = new PlanViewModel(model, model.messages()::add);
        model.alsoOnCancel(plans::cancel); // Cancel stops an EXPLAIN ANALYZE as it stops a statement
        plan = new PlanView(plans);
        plans.latestProperty().addListener((obs, was, now) -> showPlan());
        var unusable = model.busyProperty().or(model.connectedProperty().not());
        explain.disableProperty().bind(unusable);
        // Asked of the engine: SQLite cannot measure one statement, so the button offers nothing false.
        boolean measurable = PlanSource.of(model.endpoint().spec().engine()).canAnalyze();
        if (measurable) {
            explainAnalyze.disableProperty().bind(unusable);
        } else {
            explainAnalyze.setDisable(true);
        }
        model.records().onChange(this::showRecordMode);
        model.results().addListener(this::resultsChanged);
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> refreshIds());
        tab = new Tab(title, content);
        keepDividers(content);
        tab.setUserData(this);
        tab.setTooltip(new Tooltip(model.connectionName()));
        look.closeWith(tab);
    }

    /**
     * Makes the tab's first result pane while the user writes the query, once the app's grid
     * warm-up is done and the tab is in a window: hidden where its results show, so the first
     * result only renames the pane's columns instead of making and styling a new grid.
     */
    public void prepareFirstPane() {
        javafx.scene.layout.Pane area = (javafx.scene.layout.Pane) results.getParent();
        if (results.getScene() != null) {
            panes.prepare(area);
            return;
        }
        results.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    results.sceneProperty().removeListener(this);
                    panes.prepare(area);
                }
            }
        });
    }

    /** The key, in the properties of the window's editor tab pane, of where the user last left the dividers. */
    private static final String DIVIDERS = "sextant.editorDividers";

    /**
     * A tab put into the window's tab pane opens with the dividers where the user last left them
     * in any tab of that pane (the FXML's for the first). Kept for the app's life only: the app
     * has no settings file yet to keep it in across restarts.
     */
    private void keepDividers(SplitPane content) {
        tab.tabPaneProperty().addListener((obs, was, pane) -> {
            if (pane != null && pane.getProperties().get(DIVIDERS) instanceof double[] last) {
                content.setDividerPositions(last);
            }
        });
        for (SplitPane.Divider divider : content.getDividers()) {
            divider.positionProperty().addListener((obs, was, now) -> {
                // Before the first layout the pane has no height and its positions mean nothing yet.
                if (content.getHeight() > 0 && tab.getTabPane() != null) {
                    tab.getTabPane().getProperties().put(DIVIDERS, content.getDividerPositions());
                }
            });
        }
    }

    /** Whether a result pane, made ahead or left by a run, waits for this tab's next result (tests wait for it). */
    public boolean hasPaneReady() {
        return panes.hasSpare();
    }

    public Tab tab() {
        return tab;
    }

    /** The grid edits of this tab's results that are not saved yet. */
    public List<dev.sextant.ui.results.GridEdits> pendingEdits() {
        return results.getTabs().stream().map(Tab::getContent).filter(ResultPane.class::isInstance)
                .map(pane -> ((ResultPane) pane).edits()).filter(java.util.Objects::nonNull)
                .filter(dev.sextant.ui.results.GridEdits::hasPendingChanges)
                .toList();
    }

    public EditorTabViewModel model() {
        return model;
    }

    public CodeArea editor() {
        return editor;
    }

    /** The buttons over the editor's corner, which the completion list must leave clickable. */
    List<javafx.scene.Node> editorButtons() {
        return List.of(explain.getParent());
    }

    /** Marks this tab as the selected one, moving the automation ids onto its controls. */
    public void setActive(boolean value) {
        active = value;
        refreshIds();
    }

    /** The selection when there is one, else the statement under the caret. */
    public List<SqlStatement> statementsToRun() {
        look.runStarting();
        String selected = editor.getSelectedText();
        if (!selected.isBlank()) {
            // Offsets stay absolute in the editor text, so an error position lands where the user sees it.
            int shift = editor.getSelection().getStart();
            return ScriptSplitter.split(selected, lexing()).stream()
                    .map(s -> s.shifted(shift)).toList();
        }
        SqlStatement atCaret = ScriptSplitter.statementAt(editor.getText(), editor.getCaretPosition(), lexing());
        return atCaret == null ? List.of() : List.of(atCaret);
    }

    @FXML
    private void explain() {
        explain(false);
    }

    @FXML
    private void explainAnalyze() {
        explain(true);
    }

    /** EXPLAIN (with {@code analyze}: EXPLAIN ANALYZE) of the selection's first statement, or the one at the caret. */
    public void explain(boolean analyze) {
        List<SqlStatement> statements = statementsToRun().stream().filter(s -> !s.isPsqlCommand()).toList();
        if (statements.isEmpty()) {
            model.messages().add(Message.notice("Put the caret in a statement to see its plan."));
            return;
        }
        plan.model().explain(statements.get(0).sql(), analyze);
    }

    /** Formats the selection, or the statement at the caret (Ctrl+Shift+F). */
    public void format() {
        FormatCommand.run(editor, model.endpoint().spec().engine(), model.messages()::add);
    }

    public List<SqlStatement> wholeScript() {
        look.runStarting();
        return ScriptSplitter.split(editor.getText(), lexing());
    }

    /** The tab's engine's lexical rules, so that a CQL tab splits on CQL's comments and strings. */
    private dev.sextant.core.sql.SqlDialect lexing() {
        return dev.sextant.core.session.Dialect.of(model.endpoint().spec().engine()).lexing();
    }

    /**
     * One result replaced (sorted or filtered on the server) keeps its tab and the selection; one
     * added after the others gets a tab of its own, selected if it asks (rows a transaction wrote).
     */
    private void resultsChanged(ListChangeListener.Change<? extends ResultSheet> change) {
        boolean single = change.next() && change.getFrom() + 1 == change.getTo() && !change.next();
        change.reset();
        change.next();
        int at = change.getFrom();
        if (single && change.wasReplaced() && change.getRemovedSize() == 1 && at < results.getTabs().size()) {
            panes.replace(results.getTabs().get(at), model.results().get(at));
            refreshIds();
        } else if (single && change.wasAdded() && !change.wasRemoved() && at > 0 && at == results.getTabs().size()) {
            ResultSheet sheet = model.results().get(at);
            results.getTabs().add(new Tab(sheet.title(), panes.paneFor(sheet)));
            if (sheet.opensSelected()) {
                results.getSelectionModel().select(at);
            }
            refreshIds();
        } else {
            showResults();
        }
    }

    private void showResults() {
        results.getTabs().forEach(panes::release); // their panes wait for the results coming next
        results.getTabs().clear();
        for (ResultSheet sheet : model.results()) {
            results.getTabs().add(new Tab(sheet.title(), panes.paneFor(sheet)));
        }
        if (plan.hasPlan()) {
            results.getTabs().add(plan.tab()); // a plan stays beside the results until the next plan
        }
        noResults.setVisible(results.getTabs().isEmpty());
        results.setVisible(!results.getTabs().isEmpty());
        refreshIds();
    }

    /** A new plan: its tab among the results, selected. */
    private void showPlan() {
        if (!results.getTabs().contains(plan.tab())) {
            showResults();
        }
        results.getSelectionModel().select(plan.tab());
    }

    /** The tab says when its results show as records, as psql's prompt cannot. */
    private void showRecordMode(dev.sextant.core.run.ExpandedDisplay mode) {
        boolean on = mode != dev.sextant.core.run.ExpandedDisplay.OFF;
        recordMode.setText(mode == dev.sextant.core.run.ExpandedDisplay.AUTO ? "\\x auto" : "\\x on");
        recordMode.setVisible(on);
        recordMode.setManaged(on);
    }

    private void refreshIds() {
        editor.setId(active ? "queryEditor" : null);
        explain.setId(active ? "explainButton" : null);
        explainAnalyze.setId(active ? "explainAnalyzeButton" : null);
        recordMode.setId(active ? "recordModeLabel" : null);
        results.setId(active ? "resultTabs" : null);
        messageList.setId(active ? "messages" : null);
        Tab selected = results.getSelectionModel().getSelectedItem();
        for (Tab sheetTab : results.getTabs()) {
            if (sheetTab.getContent() instanceof ResultPane pane) {
                pane.setActive(active && sheetTab == selected);
                RecordSwitch.setActive(pane, active && sheetTab == selected);
            }
        }
        plan.setActive(active);
    }
}
