package dev.sextant.ui.plan;

import dev.sextant.core.plan.Explain;
import dev.sextant.core.plan.Plan;
import dev.sextant.core.plan.PlanCancel;
import dev.sextant.core.run.Message;
import dev.sextant.core.session.PlainError;
import dev.sextant.ui.common.TabSession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/**
 * An editor tab's plans: the latest one, and the one pinned to compare it with. Asking for a plan
 * is one operation on the tab's session, off the FX thread; a refusal or an error reaches the
 * tab's messages, with the server's DETAIL and HINT beneath.
 */
public final class PlanViewModel {

    private final TabSession tab;
    private final Consumer<Message> messages;
    private final ReadOnlyObjectWrapper<Plan> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyObjectWrapper<Plan> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final PlanCancel running = new PlanCancel();

    public PlanViewModel(TabSession tab, Consumer<Message> messages) {
        this.tab = tab;
        this.messages = messages;
    }

    /** Asks for the plan of {@code sql}; with {@code analyze} the statement is run and undone. */
    public void explain(String sql, boolean analyze) {
        tab.runOnSession(session -> Explain.of(session, sql, analyze, running), plan -> {
            latest.set(plan);
            messages.accept(Message.info(plan.how()));
        }, error -> {
            PlainError plain = PlainError.of(error);
            // The server's own answer to the cancel request; the step it ran in was rolled back as any failed one is.
            boolean cancelled = PlainError.CANCELLED.equals(plain.sentence());
            messages.accept(cancelled ? Message.info("Cancelled. " + (analyze ? "The statement was stopped before "
                    + "its plan was measured, and what it did was rolled back." : "No plan was read."))
                    : Message.error(plain.text(), plain.detail()));
        });
    }

    /** Stops the EXPLAIN under way (the tab's Cancel); call off the FX thread, the server is asked. */
    public void cancel() {
        running.cancel();
    }

    /** Keeps the latest plan aside, so the next one shows beside it. */
    public void pinLatest() {
        pinned.set(latest.get());
    }

    public void unpin() {
        pinned.set(null);
    }

    public ReadOnlyObjectProperty<Plan> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plan> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }
}
