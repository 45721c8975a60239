package dev.sextant.core.edit;

import java.util.Locale;
import java.util.Set;

/** What a column's type name tells the editor: how to compare it, whether it can be typed in. */
final class ColumnTypes {

    /** PostgreSQL types with no equality operator: their originals are compared as text. */
    private static final Set<String> NO_EQUALITY = Set.of("json", "xml", "point", "line", "lseg", "box",
            "path", "polygon", "circle");

    private ColumnTypes() {
    }

    static boolean comparedAsText(String typeName) {
        return NO_EQUALITY.contains(plain(typeName));
    }

    static boolean binary(String typeName) {
        String type = plain(typeName);
        return type.equals("bytea") || type.equals("blob");
    }

    private static String plain(String typeName) {
        return typeName == null ? "" : typeName.toLowerCase(Locale.ROOT).replace("\"", "");
    }
}
