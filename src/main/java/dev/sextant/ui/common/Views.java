package dev.sextant.ui.common;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** Loads a view's FXML (and its same-named CSS) with a controller our own code made. */
public final class Views {

    private static final String BASE = "/dev/sextant/ui/";

    private Views() {
    }

    /** Loads {@code BASE + path} with {@code controller}; adds {@code <name>.css} when it exists. */
    public static <T extends javafx.scene.Parent> T load(Object controller, String path) {
        URL fxml = Views.class.getResource(BASE + path);
        if (fxml == null) {
            throw new IllegalStateException("Missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setController(controller);
        try {
            T root = loader.load();
            URL css = Views.class.getResource(BASE + path.replace(".fxml", ".css"));
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + path, e);
        }
    }

    /**
     * Loads {@code BASE + path}, an {@code fx:root} view, into {@code root} with {@code controller}
     * (often the root itself); adds {@code <name>.css} when it exists.
     */
    public static <T extends javafx.scene.Parent> T loadInto(T root, Object controller, String path) {
        URL fxml = Views.class.getResource(BASE + path);
        if (fxml == null) {
            throw new IllegalStateException("Missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setRoot(root);
        loader.setController(controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + path, e);
        }
        URL css = Views.class.getResource(BASE + path.replace(".fxml", ".css"));
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        return root;
    }

    /**
     * Lets {@code bar}'s buttons keep their full labels (all but {@code flexible}, which shrinks
     * first), and never lets the bar widen the window: on a very narrow one its end is clipped.
     */
    public static void keepLabels(javafx.scene.layout.Pane bar, javafx.scene.Node flexible) {
        bar.getChildren().forEach(node -> {
            if (node instanceof javafx.scene.layout.Region region && node != flexible) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        bar.setMinWidth(0);
    }
}
