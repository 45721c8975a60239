package dev.sextant.core.admin;

import java.util.Collections;
import java.util.EnumSet;
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

    /**
     * The privileges a table, or a whole schema's tables, can be granted, in the order the
     * GRANT page lists them (the declaration order; an EnumSet keeps it, Set.of would not).
     */
    public static Set<Privilege> forTables() {
        return Collections.unmodifiableSet(EnumSet.of(SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, ALL));
    }

    /** The privileges a database can be granted, in that order too. */
    public static Set<Privilege> forDatabases() {
        return Collections.unmodifiableSet(EnumSet.of(CONNECT, CREATE, TEMPORARY, ALL));
    }

    /** The keyword as GRANT spells it; an enum constant, never user text. */
    String sql() {
        return this == ALL ? "ALL PRIVILEGES" : name();
    }
}
