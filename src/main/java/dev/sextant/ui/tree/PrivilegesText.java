package dev.sextant.ui.tree;

import dev.sextant.core.admin.PrivilegeHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** Who holds which privilege on a table, one line per role ("rose: SELECT, INSERT"), in the server's order. */
final class PrivilegesText {

    private PrivilegesText() {
    }

    static String header(String table) {
        return "Who holds which privilege on " + table;
    }

    static String of(List<PrivilegeHolder> holders) {
        if (holders.isEmpty()) {
            return "Only the owner.";
        }
        return holders.stream()
                .collect(Collectors.groupingBy(PrivilegeHolder::role, LinkedHashMap::new,
                        Collectors.mapping(PrivilegeHolder::privilege, Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
