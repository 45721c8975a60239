package dev.sextant.core.admin;

/**
 * One privilege one role holds on a table, as the table's ACL says.
 *
 * @param role      who holds it ("PUBLIC" for everyone)
 * @param privilege what it allows, as PostgreSQL names it (SELECT, INSERT…)
 * @param grantor   who granted it
 * @param grantable whether the holder may grant it on
 */
public record PrivilegeHolder(String role, String privilege, String grantor, boolean grantable) {
}
