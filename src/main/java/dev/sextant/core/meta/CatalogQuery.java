package dev.sextant.core.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One catalog query: parameters in, one value per row out. Keeps the readers free of JDBC plumbing. */
public final class CatalogQuery {

    /** Turns the current row into a value. */
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private CatalogQuery() {
    }

    /** Runs {@code sql} with {@code params} bound in order (a {@code String[]} becomes a text array). */
    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
        }
        return out;
    }

    /** Label/value pairs in order, leaving out null and blank values so tooltips show only what is known. */
    public static Map<String, String> facts(String... labelsAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                facts.put(labelsAndValues[i], value);
            }
        }
        return facts;
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
