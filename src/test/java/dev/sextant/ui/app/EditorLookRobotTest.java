package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the editor shows while the user types: colours, the bracket pair at the caret, the
 * statement Run would take, and the server's error position underlined after a failed run.
 */
class EditorLookRobotTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.onSample();
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void keywordsStringsNumbersAndCommentsAreColouredAfterTyping() throws Exception {
        String sql = "-- the newest users\nSELECT username, 'x' || email, 42 FROM \"users\" WHERE id > 1";
        ui.typeSql(sql);
        waitUntil(() -> styleAt(sql.indexOf("SELECT")).contains("sql-keyword"));

        assertTrue(styleAt(sql.indexOf("WHERE") + 2).contains("sql-keyword"));
        assertTrue(styleAt(sql.indexOf("'x'")).contains("sql-string"));
        assertTrue(styleAt(sql.indexOf("42")).contains("sql-number"));
        assertTrue(styleAt(sql.indexOf("newest")).contains("sql-comment"));
        assertTrue(styleAt(sql.indexOf("\"users\"") + 1).contains("sql-quoted-identifier"));
        assertFalse(styleAt(sql.indexOf("username")).contains("sql-keyword"), "a column name is no keyword");
        Screenshots.save(editor().getScene(), "editor-highlighting");
        robot.clickOn("#themeToggle");
        robot.interact(() -> editor().moveTo(sql.indexOf("42")));
        Screenshots.save(editor().getScene(), "editor-highlighting-dark");
    }

    @Test
    void theBracketPairAtTheCaretAndTheStatementUnderItAreMarked() throws Exception {
        String sql = "SELECT count(*) FROM users;\nSELECT max(length(username)) FROM users";
        ui.typeSql(sql);
        int open = sql.indexOf("max(") + 3;
        int close = sql.lastIndexOf(')');
        robot.interact(() -> editor().moveTo(close + 1));
        waitUntil(() -> styleAt(open).contains("bracket-match"));
        assertTrue(styleAt(close).contains("bracket-match"));
        assertFalse(styleAt(sql.indexOf("length(") + 6).contains("bracket-match"), "the inner pair is not the one at the caret");
        waitUntil(() -> markedLines().equals(List.of("2")));
        Screenshots.save(editor().getScene(), "editor-brackets-statement");

        robot.interact(() -> editor().moveTo(3));
        waitUntil(() -> markedLines().equals(List.of("1")));
        assertFalse(styleAt(open).contains("bracket-match"), "the mark follows the caret");
    }

    @Test
    void aSqliteTypoOnTheSampleDatabaseIsUnderlined() throws Exception {
        String sql = "SELECT count(*) FROM users;\nSELEC * FROM users";
        ui.typeSql(sql);
        assertEquals(sql, editor().getText(), "what was typed is what the editor holds (completion took nothing)");
        robot.clickOn("#runButton");
        int typo = sql.indexOf("SELEC *");
        waitUntil(() -> styleAt(typo).contains("error-mark"));
        assertTrue(styleAt(typo + 4).contains("error-mark"));
        assertFalse(styleAt(typo + 5).contains("error-mark"), "only the token SQLite named");
        assertEquals(List.of("Syntax error near \"SELEC\"."), ui.messages());
    }

    @Test
    void aPostgresErrorUnderlinesTheTokenItPointsAtUntilTheTextChanges() throws Exception {
        openPostgres();
        String sql = "SELECT 1;\nSELECT * FROM t WHER id = 1";
        ui.typeSql(sql);
        robot.clickOn("#runButton");
        int id = sql.indexOf("id = 1");
        waitUntil(() -> styleAt(id).contains("error-mark"));
        assertTrue(styleAt(id + 1).contains("error-mark"), "the whole token");
        assertFalse(styleAt(id - 1).contains("error-mark"));
        assertFalse(styleAt(id + 2).contains("error-mark"));
        assertEquals(id, editor().getCaretPosition(), "the caret goes where the server pointed");
        assertTrue(ui.messages().stream().anyMatch(m -> m.startsWith("Syntax error at or near \"id\"")), ui.messages().toString());
        Screenshots.save(editor().getScene(), "editor-error-mark");

        robot.type(KeyCode.X); // the editor has the focus again, its caret on the error
        waitUntil(() -> !styleAt(id).contains("error-mark") && !styleAt(id + 2).contains("error-mark"));
    }

    @Test
    void anErrorInARunSelectionIsMarkedWhereItStandsInTheWholeText() throws Exception {
        openPostgres();
        String sql = "SELECT 1;\n\nSELECT nope FROM t;\nSELECT 2";
        ui.typeSql(sql);
        int from = sql.indexOf("SELECT nope");
        robot.interact(() -> editor().selectRange(from, sql.indexOf(";\nSELECT 2")));
        robot.clickOn("#runButton");
        int nope = sql.indexOf("nope");
        waitUntil(() -> styleAt(nope).contains("error-mark"));
        assertTrue(ui.messages().stream().anyMatch(m -> m.contains("nope")), ui.messages().toString());
        assertFalse(styleAt(nope - 2).contains("error-mark"));
    }

    private void openPostgres() throws Exception {
        TestPostgres server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS t");
            s.execute("CREATE TABLE t (id int)");
        }
        ui.openConnection(running.app(), server.endpoint("postgres"));
    }

    private CodeArea editor() {
        return robot.lookup("#queryEditor").queryAs(CodeArea.class);
    }

    /** The line numbers beside which the gutter shows the statement bar. */
    private List<String> markedLines() {
        return robot.from(editor()).lookup(".statement-gutter").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current-statement")))
                .map(n -> robot.from(n).lookup(".lineno").queryLabeled().getText().strip())
                .sorted().toList();
    }

    private Collection<String> styleAt(int offset) {
        return editor().getStyleOfChar(offset);
    }
}
