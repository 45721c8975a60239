package dev.sextant.ui.app;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Map;

/** The window's keyboard shortcuts, installed on its scene once it has one (Ctrl is Cmd on macOS). */
final class Shortcuts {

    private Shortcuts() {
    }

    static void installWhenShown(Parent root, Map<KeyCombination, Runnable> keys) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putAll(keys);
            }
        });
    }

    static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
