package dev.sextant.core.io;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for what an import creates: a table named after the file, columns named after the
 * header, each one unique and never empty. Column names stay as written (created quoted, so
 * {@code Order Date} or {@code select} work); only the table name is made a plain identifier,
 * since people type it in every query.
 */
public final class ImportNames {

    private ImportNames() {
    }

    /** {@code User Accounts (2).csv} becomes {@code user_accounts_2}. */
    public static String tableFor(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        String plain = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            return "imported";
        }
        return Character.isDigit(plain.charAt(0)) ? "t_" + plain : plain;
    }

    /** The header's names, trimmed; an empty one becomes columnN, a repeated one gets _2, _3… */
    public static List<String> columnsFor(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().replace("\0", "");
            if (name.isEmpty()) {
                name = "column" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }
}
