package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordMaskTest {

    @Test
    void hidesTheLiteralAfterPasswordInEveryStringForm() {
        assertEquals("ALTER ROLE rose PASSWORD '***'", PasswordMask.hide("ALTER ROLE rose PASSWORD 's3cret'"));
        assertEquals("create user ro with encrypted password '***' valid until 'infinity'",
                PasswordMask.hide("create user ro with encrypted password 'it''s' valid until 'infinity'"));
        assertEquals("CREATE ROLE a LOGIN PASSWORD '***'", PasswordMask.hide("CREATE ROLE a LOGIN PASSWORD E'x\\'y'"));
        assertEquals("CREATE ROLE a PASSWORD '***' LOGIN", PasswordMask.hide("CREATE ROLE a PASSWORD $$p'w$$ LOGIN"));
        assertEquals("CREATE ROLE a PASSWORD '***'", PasswordMask.hide("CREATE ROLE a PASSWORD $pw$x$pw$"));
        assertEquals("ALTER ROLE a PASSWORD /* new */ '***'", PasswordMask.hide("ALTER ROLE a PASSWORD /* new */ 'n'"));
    }

    @Test
    void hidesPasswordOptionsOfServersAndUserMappings() {
        assertEquals("CREATE USER MAPPING FOR rose SERVER s OPTIONS (user 'rose', password '***')",
                PasswordMask.hide("CREATE USER MAPPING FOR rose SERVER s OPTIONS (user 'rose', password 'pw')"));
        assertEquals("ALTER USER MAPPING FOR rose SERVER s OPTIONS (SET password '***')",
                PasswordMask.hide("ALTER USER MAPPING FOR rose SERVER s OPTIONS (SET password 'pw')"));
        assertEquals("ALTER SERVER s OPTIONS (ADD \"password\" '***')",
                PasswordMask.hide("ALTER SERVER s OPTIONS (ADD \"password\" 'pw')"));
    }

    @Test
    void quotesAndCommentsCannotFoolIt() {
        String inString = "SELECT 'PASSWORD ''x''' AS text, 'y'";
        assertEquals(inString, PasswordMask.hide(inString));
        String inComment = "SELECT 1 -- password\n, 'kept'";
        assertEquals(inComment, PasswordMask.hide(inComment));
        assertEquals("SELECT 'it''s' , 'PASSWORD' 'kept'", PasswordMask.hide("SELECT 'it''s' , 'PASSWORD' 'kept'"));
        assertEquals("ALTER ROLE a PASSWORD NULL", PasswordMask.hide("ALTER ROLE a PASSWORD NULL"));
        assertEquals("SELECT password FROM accounts", PasswordMask.hide("SELECT password FROM accounts"));
    }
}
