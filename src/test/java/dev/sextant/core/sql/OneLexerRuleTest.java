package dev.sextant.core.sql;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only {@link SqlLexer} (with {@link LexemeEnds}, its half that finds where quotes, comments and
 * lines end) reads SQL characters: every other reader of SQL text here works on its
 * pieces, so no second scanner can drift from it (as five of them once did). Connection-string
 * parsers elsewhere read characters freely; they are not SQL.
 */
class OneLexerRuleTest {

    private final JavaClasses sqlReaders = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sextant.core.sql");

    @Test
    void noClassButTheLexerReadsCharactersOfText() {
        assertTrue(sqlReaders.contain(ScriptSplitter.class) && sqlReaders.contain(SqlLexer.class)
                        && sqlReaders.contain(LexemeEnds.class),
                "the rule must have the SQL readers to check");
        ArchRule rule = noClasses().that().resideInAPackage("dev.sextant.core.sql..")
                .and().doNotHaveFullyQualifiedName(SqlLexer.class.getName())
                .and().doNotHaveFullyQualifiedName(LexemeEnds.class.getName())
                .should().callMethod(String.class, "charAt", int.class)
                .orShould().callMethod(String.class, "codePointAt", int.class)
                .orShould().callMethod(String.class, "toCharArray")
                .orShould().callMethod(String.class, "chars")
                .orShould().callMethod(String.class, "codePoints")
                .orShould().callMethod(CharSequence.class, "charAt", int.class)
                .orShould().callMethod(StringBuilder.class, "charAt", int.class)
                .because("SqlLexer is the one reader of SQL characters; read its Lexemes instead");
        rule.check(sqlReaders);
    }

    @Test
    void onlyTheLexerCutsPieces() {
        noClasses().that().resideInAPackage("dev.sextant.core.sql..")
                .and().doNotHaveFullyQualifiedName(SqlLexer.class.getName())
                .should().callConstructor(Lexeme.class, Lexeme.Kind.class, int.class, int.class)
                .because("a piece made anywhere else would be a second opinion on where SQL text breaks")
                .check(sqlReaders);
    }
}
