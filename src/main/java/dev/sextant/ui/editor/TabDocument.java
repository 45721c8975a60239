package dev.sextant.ui.editor;

import javafx.scene.control.Tab;

import java.nio.file.Path;

/**
 * What an editor tab's text is as a document: its title, the .sql file it is bound to (if any),
 * and the text last saved there, so the tab can show {@code *} while modified and closing can
 * ask before throwing away work that is in no file.
 */
public final class TabDocument {

    private final EditorTabView view;
    private String title;
    private Path file;
    /** The text that is safe elsewhere (the file's, or text Sextant itself put in); null: none is. */
    private String kept;

    private TabDocument(EditorTabView view, String title, String kept) {
        this.view = view;
        this.title = title;
        this.kept = kept;
        view.editor().textProperty().addListener((obs, old, now) -> refreshTitle());
    }

    /**
     * Follows the tab's text from now on. {@code kept} is text that would not be lost by closing
     * (the sample query, "Open data"'s SELECT), or null when the current text is the user's own.
     */
    public static TabDocument attach(EditorTabView view, String title, String kept) {
        TabDocument document = new TabDocument(view, title, kept);
        view.tab().getProperties().put(TabDocument.class, document);
        document.refreshTitle();
        return document;
    }

    public static TabDocument of(EditorTabView view) {
        Object document = view.tab().getProperties().get(TabDocument.class);
        return document instanceof TabDocument d ? d : attach(view, view.tab().getText(), view.editor().getText());
    }

    public EditorTabView view() {
        return view;
    }

    public String title() {
        return title;
    }

    public Path file() {
        return file;
    }

    public String text() {
        return view.editor().getText();
    }

    /** Work that is in no file: closing the tab would lose it. */
    public boolean unsaved() {
        String text = text();
        if (file == null && text.isBlank()) {
            return false;
        }
        return !text.equals(kept);
    }

    /** The tab now holds {@code text} as saved in (or read from) {@code savedTo}. */
    public void boundTo(Path savedTo, String text) {
        file = savedTo;
        kept = text;
        title = savedTo.getFileName().toString();
        refreshTitle();
    }

    /** Restores the state a tab had before a restart. */
    public void restore(Path sqlFile, boolean unsaved) {
        file = sqlFile;
        if (sqlFile != null) {
            title = sqlFile.getFileName().toString();
        }
        kept = unsaved ? null : text();
        refreshTitle();
    }

    private void refreshTitle() {
        Tab tab = view.tab();
        String shown = file != null && unsaved() ? title + " *" : title;
        if (!shown.equals(tab.getText())) {
            tab.setText(shown);
        }
    }
}
