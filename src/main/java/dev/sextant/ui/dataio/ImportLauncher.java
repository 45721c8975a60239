package dev.sextant.ui.dataio;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.io.ExistingTable;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.common.TabSession;
import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens the import dialog for a tab: the rows go through that tab's own session (its transaction,
 * its mode), while existing tables are looked up through the pool.
 */
public final class ImportLauncher {

    private final BackgroundRunner side;
    private final ConnectionPools pools;
    private final Consumer<String> tell;

    /**
     * @param tell where a sentence goes when there is no tab to import into
     */
    public ImportLauncher(BackgroundRunner side, ConnectionPools pools, Consumer<String> tell) {
        this.side = side;
        this.pools = pools;
        this.tell = tell;
    }

    /** {@code tab} may be null; {@code file} too (then the user picks one); {@code imported} runs after a success. */
    public void open(Window owner, TabSession tab, Path file, Runnable imported) {
        open(owner, tab, file, null, null, imported);
    }

    /** With the target preset from the tree: {@code table} in {@code schema}, either may be null. */
    public void open(Window owner, TabSession tab, Path file, String schema, String table, Runnable imported) {
        if (tab == null || !tab.isConnected()) {
            tell.accept("Select a connected editor tab first: the import runs on its connection.");
            return;
        }
        Endpoint endpoint = tab.endpoint();
        ImportDialogModel model = new ImportDialogModel(tab, endpoint.spec().engine(), side, (inSchema, name) ->
                ExistingTable.columns(pools.poolFor(endpoint), inSchema, name), Platform::runLater);
        model.presetTarget(schema, table);
        new ImportDialog(model, imported).show(owner, file);
    }
}
