package dev.sextant.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks in the log (at debug level, off unless asked for) each phase of start-up reached, so the
 * start-up benchmark can tell where a cold start's time goes without a profiler.
 */
final class StartupPhases {

    private static final Logger LOG = LoggerFactory.getLogger(StartupPhases.class);

    private StartupPhases() {
    }

    static void reached(String phase) {
        LOG.debug("Start-up: {}", phase);
    }
}
