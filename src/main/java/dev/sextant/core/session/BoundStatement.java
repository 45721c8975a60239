package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** A {@link PreparedStatement} with the user's values bound to its {@code ?}s, in order. */
public final class BoundStatement {

    private BoundStatement() {
    }

    public static PreparedStatement prepare(Connection connection, Engine engine, String sql, List<BoundValue> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                bind(statement, engine, i + 1, values.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Binds a value as the grid holds it: whole numbers and booleans typed, text (PostgreSQL's own
     * spelling of dates, numerics…) sent as text the server reads into the column's type.
     */
    public static void bindValue(PreparedStatement statement, Engine engine, int index, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            statement.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            statement.setDouble(index, ((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            bind(statement, engine, index, BoundValue.text(value.toString()));
        }
    }

    private static void bind(PreparedStatement statement, Engine engine, int index, BoundValue value)
            throws SQLException {
        switch (value.type()) {
            case NULL -> statement.setNull(index, Types.NULL);
            case NUMBER -> bindNumber(statement, index, new BigDecimal(value.text()));
            case TEXT -> SessionRules.of(engine).bindText(statement, index, value.text());
            default -> throw new IllegalArgumentException(value.type().name());
        }
    }

    /** Whole numbers as bigint (so LIMIT and integer columns take them), others as numeric. */
    private static void bindNumber(PreparedStatement statement, int index, BigDecimal number) throws SQLException {
        try {
            statement.setLong(index, number.longValueExact());
        } catch (ArithmeticException notWhole) {
            statement.setBigDecimal(index, number);
        }
    }
}
