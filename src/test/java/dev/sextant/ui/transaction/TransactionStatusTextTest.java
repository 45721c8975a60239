package dev.sextant.ui.transaction;

import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.TransactionState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator's short text keeps the automation contract; the details go to the tooltip. */
class TransactionStatusTextTest {

    private static final long NOW = 1_000_000_000L;

    private static SessionStatus status(boolean autocommit, TransactionState state, boolean reading) {
        return new SessionStatus(autocommit, state, 3, 1_200, NOW - 65_000, reading);
    }

    @Test
    void eachStillStateStartsAsTheContractSaysAndFitsTheMeasuredPlace() {
        List<SessionStatus> states = List.of(status(true, TransactionState.IDLE, false),
                status(false, TransactionState.IDLE, false), status(false, TransactionState.IN_TRANSACTION, false),
                status(true, TransactionState.IN_TRANSACTION, true), status(false, TransactionState.FAILED, false));
        int longest = TransactionStatusText.LONGEST.stream().mapToInt(String::length).max().orElseThrow();
        for (SessionStatus s : states) {
            String text = TransactionStatusText.shortText(s, true, -1);
            assertTrue(text.startsWith("Idle") || text.startsWith("In transaction") || text.startsWith("Failed"), text);
            assertTrue(text.length() <= longest, text + " is longer than the width is measured for");
        }
        assertEquals("Idle · not connected", TransactionStatusText.shortText(null, false, -1));
    }

    @Test
    void runningCountsWholeSecondsAndTheTooltipKeepsTheStateBeneath() {
        SessionStatus open = status(false, TransactionState.IN_TRANSACTION, false);
        assertEquals("Running · 3 s", TransactionStatusText.shortText(open, true, 3_400));
        assertEquals("Running for 3 s; Cancel (Esc) stops it.\n"
                        + "In transaction for 1 min · 3 statements, 1,200 rows changed.",
                TransactionStatusText.details(open, true, 3_400, NOW));
    }

    @Test
    void theDetailsSayWhatTheShortTextLeavesOut() {
        assertEquals("In transaction", TransactionStatusText.shortText(status(false, TransactionState.IN_TRANSACTION, false), true, -1));
        assertTrue(TransactionStatusText.details(status(true, TransactionState.IN_TRANSACTION, true), true, -1, NOW)
                .contains("reading a result"));
        assertTrue(TransactionStatusText.details(status(false, TransactionState.FAILED, false), true, -1, NOW)
                .contains("only Rollback"));
    }
}
