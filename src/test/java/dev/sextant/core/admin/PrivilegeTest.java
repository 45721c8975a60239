package dev.sextant.core.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sextant.core.admin.Privilege.ALL;
import static dev.sextant.core.admin.Privilege.CONNECT;
import static dev.sextant.core.admin.Privilege.CREATE;
import static dev.sextant.core.admin.Privilege.DELETE;
import static dev.sextant.core.admin.Privilege.INSERT;
import static dev.sextant.core.admin.Privilege.REFERENCES;
import static dev.sextant.core.admin.Privilege.SELECT;
import static dev.sextant.core.admin.Privilege.TEMPORARY;
import static dev.sextant.core.admin.Privilege.TRIGGER;
import static dev.sextant.core.admin.Privilege.TRUNCATE;
import static dev.sextant.core.admin.Privilege.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PrivilegeTest {

    @Test
    void offeredInTheOrderOfTheGrantPageWithAllLast() {
        assertEquals(List.of(SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, ALL),
                List.copyOf(Privilege.forTables()));
        assertEquals(List.of(CONNECT, CREATE, TEMPORARY, ALL), List.copyOf(Privilege.forDatabases()));
    }
}
