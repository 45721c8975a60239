package dev.sextant.ui.app;

import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * Says once in the log when the window is usable: laid out with its tree listing a connection and
 * an editor tab open for typing. The start-up benchmark and the packaging smoke test time a start
 * to this line, so it is written after a pulse laid the window out, never when work was only asked for.
 */
final class ReadyLine {

    private static final Logger LOG = LoggerFactory.getLogger(SextantApp.class);

    private ReadyLine() {
    }

    /** Checks after every pulse's layout until {@code usable} holds, then writes the line, runs {@code then} and stops. */
    static void writeWhen(Scene scene, BooleanSupplier usable, Runnable then) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (usable.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                LOG.info(SextantApp.READY_LOG_LINE);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
