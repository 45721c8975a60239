package dev.sextant.core.admin;

import java.util.Objects;

/**
 * What the Create database dialog asks for.
 *
 * @param name     the new database's name
 * @param owner    the owning role, or null for the current user
 * @param template the template database, or null for template1
 * @param encoding the encoding such as UTF8, or null for the template's
 */
public record NewDatabase(String name, String owner, String template, String encoding) {

    public NewDatabase {
        Objects.requireNonNull(name, "name");
    }

    public static NewDatabase named(String name) {
        return new NewDatabase(name, null, null, null);
    }
}
