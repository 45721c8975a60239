package dev.sextant.ui.editor;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;

/**
 * The toolbar's {@code consistencyChoice}, following the selected tab: shown only for a tab
 * whose engine has consistency levels (Cassandra), and the level chosen is the one every
 * following statement of that tab is sent with.
 */
public final class ConsistencyChoice {

    private final ChoiceBox<String> choice;
    private EditorTabViewModel tab;
    private boolean following;

    public ConsistencyChoice(ChoiceBox<String> choice) {
        this.choice = choice;
        choice.setTooltip(new Tooltip("The consistency level this tab's statements are sent with"));
        choice.valueProperty().addListener((obs, was, now) -> {
            if (!following && tab != null && now != null) {
                tab.setConsistency(now);
            }
        });
        follow(null);
    }

    /** Follows another tab (or none). */
    public void follow(EditorTabViewModel next) {
        tab = next;
        boolean shown = next != null && !next.consistencyLevels().isEmpty();
        choice.setVisible(shown);
        choice.setManaged(shown);
        following = true;
        try {
            choice.getItems().setAll(shown ? next.consistencyLevels() : java.util.List.of());
            choice.setValue(shown ? next.consistency() : null);
        } finally {
            following = false;
        }
    }
}
