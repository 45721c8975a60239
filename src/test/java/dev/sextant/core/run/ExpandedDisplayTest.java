package dev.sextant.core.run;

import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** psql's {@code \x} as a script's lines carry it out: toggled, set, refused, and kept by the tab's display. */
class ExpandedDisplayTest {

    private final RecordDisplay display = new RecordDisplay();
    private final List<ExpandedDisplay> told = new ArrayList<>();
    private final PsqlCommands psql = new PsqlCommands(display);

    /** Runs each psql line of {@code script} as a run does, and gives what each said. */
    private List<String> run(String script) {
        List<String> said = new ArrayList<>();
        for (SqlStatement line : ScriptSplitter.split(script)) {
            PsqlCommands.Effect effect = psql.run(line, Path.of("."));
            assertFalse(effect.failed() || effect.quit(), line.sql());
            said.add(effect.message().text());
        }
        return said;
    }

    @Test
    void xAloneTogglesAsPsqlsDoesAndSaysSoInPsqlsWords() {
        display.onChange(told::add);
        assertEquals(List.of("Expanded display is on.", "Expanded display is off."), run("\\x\n\\x\n"));
        assertEquals(List.of(ExpandedDisplay.ON, ExpandedDisplay.OFF), told);
    }

    @Test
    void onOffAndAutoSetItWhateverItWas() {
        assertEquals(List.of("Expanded display is used automatically.", "Expanded display is on.",
                "Expanded display is on.", "Expanded display is off."), run("\\x auto\n\\x on\n\\x on\n\\x off\n"));
        assertEquals(ExpandedDisplay.OFF, display.mode());
    }

    @Test
    void toggledFromAutoItIsOffAsInPsql() {
        run("\\x auto\n\\x\n");
        assertEquals(ExpandedDisplay.OFF, display.mode());
    }

    @Test
    void psqlsOtherSpellingsOfABooleanAreUnderstood() {
        assertEquals(ExpandedDisplay.ON, ExpandedDisplay.parse("TRUE").orElseThrow());
        assertEquals(ExpandedDisplay.ON, ExpandedDisplay.parse("yes").orElseThrow());
        assertEquals(ExpandedDisplay.OFF, ExpandedDisplay.parse("0").orElseThrow());
        assertEquals(ExpandedDisplay.AUTO, ExpandedDisplay.parse("Auto").orElseThrow());
    }

    @Test
    void anUnknownArgumentIsRefusedWithItsLineAndChangesNothing() {
        run("\\x on\n");
        display.onChange(told::add);
        assertEquals(List.of("Line 2: \\x takes on, off or auto, not \"sideways\"; the display is unchanged."),
                run("\n\\x sideways\n"));
        assertEquals(ExpandedDisplay.ON, display.mode());
        assertEquals(List.of(), told);
    }

    @Test
    void theTabsDisplayOutlivesTheRunThatSetIt() {
        new PsqlCommands(display).run(ScriptSplitter.split("\\x on").get(0), Path.of("."));
        assertEquals(ExpandedDisplay.ON, display.mode(), "a second run of the same tab starts where the first left it");
        assertEquals(List.of("Expanded display is off."), run("\\x"));
    }
}
