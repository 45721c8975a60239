package dev.sextant.core.sql;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Statements (with backslashes inside their quotes) and meta-command lines in any order split back apart. */
class ScriptSplitterMetaCommandPropertyTest {

    @Property(tries = 200)
    void metaCommandsBetweenStatementsComeBackAsTheirOwnItems(
            @ForAll("items") @Size(min = 1, max = 8) List<String> items) {
        StringBuilder script = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (String item : items) {
            lines.add(line);
            script.append(item).append(item.startsWith("\\") ? "\n" : ";\n");
            line += 1 + (int) item.chars().filter(c -> c == '\n').count();
        }
        List<SqlStatement> split = ScriptSplitter.split(script.toString());
        assertEquals(items, split.stream().map(SqlStatement::sql).toList());
        assertEquals(lines, split.stream().map(SqlStatement::line).toList());
        assertEquals(items.stream().map(i -> i.startsWith("\\")).toList(),
                split.stream().map(SqlStatement::isPsqlCommand).toList());
    }

    @Provide
    Arbitrary<List<String>> items() {
        Arbitrary<String> sql = Arbitraries.of("SELECT 1", "SELECT '\n\\dt\n'", "SELECT $$a;\n\\c b$$",
                "CREATE TABLE t (\n  id int\n)", "SELECT E'\\\\'", "COMMENT ON TABLE t IS 'a;\n\\x'");
        Arbitrary<String> meta = Arbitraries.of("\\connect shop", "\\restrict k3y", "\\unrestrict k3y", "\\dt",
                "\\i other.sql", "\\copy t from 'f.csv' csv");
        return Arbitraries.oneOf(sql, meta).list();
    }
}
