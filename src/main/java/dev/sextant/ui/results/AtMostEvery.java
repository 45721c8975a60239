package dev.sextant.ui.results;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at once, then at most once per pause however often it is asked, the last ask
 * honoured when the pause ends. Work asked for by every fetched page (measuring columns) then
 * costs one frame per pause during Fetch all instead of one per page. FX thread only.
 */
final class AtMostEvery {

    private final PauseTransition pause;
    private final Runnable action;
    private boolean askedAgain;

    AtMostEvery(Duration period, Runnable action) {
        this.pause = new PauseTransition(period);
        this.action = action;
        pause.setOnFinished(e -> {
            if (askedAgain) {
                askedAgain = false;
                action.run();
                pause.playFromStart();
            }
        });
    }

    void ask() {
        if (pause.getStatus() == Animation.Status.RUNNING) {
            askedAgain = true;
        } else {
            action.run();
            pause.playFromStart();
        }
    }
}
