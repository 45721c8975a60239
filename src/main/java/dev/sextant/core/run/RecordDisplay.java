package dev.sextant.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An editor tab's expanded display ({@code \x}): kept by the tab across runs, as psql keeps it for
 * its session, changed by the {@code \x} lines its scripts run; the tab shows the mode and shows
 * each result as the mode was when the result came. Used on the tab's (FX) thread.
 */
public final class RecordDisplay {

    private final List<Consumer<ExpandedDisplay>> listeners = new ArrayList<>();
    private ExpandedDisplay mode = ExpandedDisplay.OFF;

    public ExpandedDisplay mode() {
        return mode;
    }

    /** Calls {@code listener} with each new mode. */
    public void onChange(Consumer<ExpandedDisplay> listener) {
        listeners.add(listener);
    }

    /**
     * Carries out {@code \x args} (the command on line {@code line}): psql's answer, or why the
     * argument was refused, the mode then unchanged.
     */
    public Message apply(List<String> args, int line) {
        ExpandedDisplay next = mode.after(args);
        if (next == null) {
            return Message.error("Line " + line + ": \\x takes on, off or auto, not \"" + args.get(0)
                    + "\"; the display is unchanged.", null);
        }
        mode = next;
        listeners.forEach(l -> l.accept(next));
        return Message.info(next.sentence());
    }
}
