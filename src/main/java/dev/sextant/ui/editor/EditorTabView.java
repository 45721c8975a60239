package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.ui.results.MessageList;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.ui.common.Views;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
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

    private final EditorTabViewModel model;
    private final Tab tab;
    private boolean active;
    private final EditorLook look;

    public EditorTabView(EditorTabViewModel model, String title, String initialText) {
        this.model = model;
        SplitPane content = Views.load(this, "editor/EditorTab.fxml");
        look = new EditorLook(editor, model.errorOffsetProperty(), () -> active);
        editor.replaceText(initialText);
        editor.moveTo(0);
        MessageList.show(messageList, model.messages());
        model.results().addListener((ListChangeListener<ResultSheet>) change -> showResults());
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> refreshIds());
        tab = new Tab(title, content);
        keepDividers(content);
        tab.setUserData(this);
        tab.setTooltip(new Tooltip(model.connectionName()));
        look.closeWith(tab);
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

    public Tab tab() {
        return tab;
    }

    public EditorTabViewModel model() {
        return model;
    }

    public CodeArea editor() {
        return editor;
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
            return ScriptSplitter.split(selected).stream()
                    .map(s -> new SqlStatement(s.sql(), s.start() + shift, s.end() + shift)).toList();
        }
        SqlStatement atCaret = ScriptSplitter.statementAt(editor.getText(), editor.getCaretPosition());
        return atCaret == null ? List.of() : List.of(atCaret);
    }

    public List<SqlStatement> wholeScript() {
        look.runStarting();
        return ScriptSplitter.split(editor.getText());
    }

    private void showResults() {
        results.getTabs().clear();
        for (ResultSheet sheet : model.results()) {
            results.getTabs().add(new Tab(sheet.title(), new ResultPane(sheet, model)));
        }
        noResults.setVisible(results.getTabs().isEmpty());
        results.setVisible(!results.getTabs().isEmpty());
        refreshIds();
    }

    private void refreshIds() {
        editor.setId(active ? "queryEditor" : null);
        results.setId(active ? "resultTabs" : null);
        messageList.setId(active ? "messages" : null);
        Tab selected = results.getSelectionModel().getSelectedItem();
        for (Tab sheetTab : results.getTabs()) {
            ((ResultPane) sheetTab.getContent()).setActive(active && sheetTab == selected);
        }
    }
}
