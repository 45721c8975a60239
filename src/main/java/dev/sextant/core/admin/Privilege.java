package dev.sextant.core.admin;

import java.util.Set;

/** What GRANT and REVOKE can give: table privileges, database privileges, and ALL for either. */
public enum Privilege {
    SELECT(true, false), INSERT(true, false), UPDATE(true, false), DELETE(true, false),
    TRUNCATE(true, false), REFERENCES(true, false), TRIGGER(true, false),
    CONNECT(false, true), CREATE(false, true), TEMPORARY(false, true),
    ALL(true, true);

    private final boolean onTables;
    private final boolean onDatabases;

    Privilege(boolean onTables, boolean onDatabases) {
        this.onTables = onTables;
        this.onDatabases = onDatabases;
    }

    public boolean appliesToTables() {
        return onTables;
    }

    public boolean appliesToDatabases() {
        return onDatabases;
    }

    /** The privileges a table, or a whole schema's tables, can be granted. */
    public static Set<Privilege> forTables() {
        return Set.of(SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, ALL);
    }

    /** The privileges a database can be granted. */
    public static Set<Privilege> forDatabases() {
        return Set.of(CONNECT, CREATE, TEMPORARY, ALL);
    }

    /** The keyword as GRANT spells it; an enum constant, never user text. */
    String sql() {
        return this == ALL ? "ALL PRIVILEGES" : name();
    }
}
