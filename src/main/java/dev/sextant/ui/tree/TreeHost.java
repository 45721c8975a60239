package dev.sextant.ui.tree;

import dev.sextant.core.connect.Endpoint;
import javafx.stage.Window;

/** What the tree's commands need from the main window. */
public interface TreeHost {

    /** Opens an editor tab on {@code endpoint} with {@code text}, running it at once if asked. */
    void openEditor(Endpoint endpoint, String title, String text, boolean runNow);

    /** Puts text on the clipboard. */
    void copy(String text);

    /** Tells the user something in the selected tab's messages (an error when {@code error}). */
    void tell(String sentence, String detail, boolean error);

    Window window();

    /**
     * Opens the import dialog on a tab of {@code endpoint}'s database (an open one, or a new one),
     * with {@code table} in {@code schema} as the target: an existing table appends, null asks.
     */
    void importCsvInto(Endpoint endpoint, String schema, String table);

    /** Closes a connection: its tabs (asking where work is open), then its tree node and pools. */
    void disconnect(SchemaTreeItem connection);
}
