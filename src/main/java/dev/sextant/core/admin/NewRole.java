package dev.sextant.core.admin;

import java.util.Objects;

/**
 * What the Create role / Create user dialog asks for (the password travels separately, as a char[]).
 *
 * @param name           the role's name
 * @param login          whether it may log in (a "user")
 * @param createDatabase whether it may create databases
 * @param inherit        whether it uses the privileges of roles it is a member of
 */
public record NewRole(String name, boolean login, boolean createDatabase, boolean inherit) {

    public NewRole {
        Objects.requireNonNull(name, "name");
    }

    /** A role that can log in, with PostgreSQL's defaults otherwise. */
    public static NewRole user(String name) {
        return new NewRole(name, true, false, true);
    }
}
