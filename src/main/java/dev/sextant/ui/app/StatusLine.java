package dev.sextant.ui.app;

import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Label;

/**
 * The status bar's text: always the latest outcome, either the selected tab's last run (its
 * summary) or a sentence the window told (a file that would not open, a tree that failed to
 * load). A told sentence stays until the tab runs something again, never through later runs.
 */
final class StatusLine {

    private final Label text;
    private final InvalidationListener tabChanged = this::showTab;
    private EditorTabViewModel model;

    StatusLine(Label text) {
        this.text = text;
        text.setText("Ready");
    }

    /** Follows another tab (or none), showing its latest run. */
    void follow(EditorTabViewModel next) {
        if (model != null) {
            model.summaryProperty().removeListener(tabChanged);
            model.busyProperty().removeListener(tabChanged);
        }
        model = next;
        if (model != null) {
            // Busy too: a run that ends with the same summary as the last one still replaces a told sentence.
            model.summaryProperty().addListener(tabChanged);
            model.busyProperty().addListener(tabChanged);
        }
        showTab(null);
    }

    /** Shows a sentence until the selected tab's next run. */
    void tell(String sentence) {
        text.setText(sentence);
    }

    private void showTab(Observable ignored) {
        if (model == null) {
            text.setText("Ready");
            return;
        }
        String summary = model.summaryProperty().get();
        text.setText(summary.isEmpty() ? model.connectionName() : summary);
    }
}
