package dev.sextant.ui.app;

import dev.sextant.core.store.SampleDatabase;
import dev.sextant.ui.common.FxRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Makes the sample database (on first start) while the window is being built, then, once both
 * are done, brings back the tabs of the last run or opens the sample. A start is usable only when
 * the tree lists the sample, so its making runs beside the window's first paint, not after it;
 * tabs are never opened before it exists, or connecting to it would leave an empty file in its place.
 */
final class SampleOpening {

    private static final Logger LOG = LoggerFactory.getLogger(SextantApp.class);

    private final Path sample;
    private boolean made;
    private Throwable failure;
    private boolean openedNothing;
    private MainWindow window;
    private Runnable openSample;

    private SampleOpening(Path sample) {
        this.sample = sample;
    }

    /** Starts making the sample on {@code runner} (any thread; its answer comes on the FX thread). */
    static SampleOpening begin(Path sample, FxRunner runner) {
        SampleOpening opening = new SampleOpening(sample);
        runner.run(() -> SampleDatabase.createIfMissing(sample), created -> opening.made(null), error -> {
            if (error instanceof FxRunner.Closed) {
                return; // the app was closed before start-up's work was done: nothing to open
            }
            LOG.error("Could not create the sample database at {}", sample, error);
            opening.made(error);
        });
        return opening;
    }

    /** The window is built (FX thread): open what there is to open once the sample is made. */
    void into(MainWindow window, Runnable openSample) {
        this.window = window;
        this.openSample = openSample;
        openIfBothDone();
    }

    private void made(Throwable error) {
        StartupPhases.reached("sample made");
        made = true;
        failure = error;
        openIfBothDone();
    }

    private void openIfBothDone() {
        if (made && window != null) {
            window.restoreTabsOrElse(failure == null ? openSample : this::sayWhyNothingOpened);
        }
    }

    /** No sample and no tabs of the last run: the window is as ready as it gets, and says why it is empty. */
    private void sayWhyNothingOpened() {
        openedNothing = true;
        window.tell("Could not create the sample database at " + sample + ".", failure.getMessage(), true);
    }

    /** Whether start-up is done with nothing to show: the sample could not be made and no tabs were kept. */
    boolean openedNothing() {
        return openedNothing;
    }

    Path sample() {
        return sample;
    }
}
