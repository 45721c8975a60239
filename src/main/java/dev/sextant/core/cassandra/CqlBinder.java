package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.sextant.core.session.BoundValue;

import java.util.List;

/**
 * Binds the user's values to a prepared CQL statement. CQL is strictly typed, so each value
 * is parsed for the type the server says its marker has ({@code int}, {@code uuid},
 * {@code timestamp}, {@code list<text>}…) by that type's own codec; the value travels as a bound
 * value and is never written into the statement.
 */
final class CqlBinder {

    private CqlBinder() {
    }

    static com.datastax.oss.driver.api.core.cql.BoundStatement bind(PreparedStatement prepared,
                                                                     List<BoundValue> values, CodecRegistry codecs) {
        List<ColumnDefinition> markers = new java.util.ArrayList<>();
        prepared.getVariableDefinitions().forEach(markers::add);
        if (markers.size() != values.size()) {
            throw new IllegalArgumentException("The statement has " + markers.size() + " bind markers but "
                    + values.size() + " values were given.");
        }
        BoundStatementBuilder builder = prepared.boundStatementBuilder();
        for (int i = 0; i < markers.size(); i++) {
            BoundValue value = values.get(i);
            if (value.type() == BoundValue.Type.NULL) {
                builder.setToNull(i);
            } else {
                DataType type = markers.get(i).getType();
                builder.set(i, parse(codecs.codecFor(type), type, markers.get(i), value.text()), codecs.codecFor(type));
            }
        }
        return builder.build();
    }

    /** Text types take the value as typed; others as a CQL literal, quoted when they need it ('2024-05-01', an inet). */
    private static <T> T parse(TypeCodec<T> codec, DataType type, ColumnDefinition marker, String text) {
        if (type.equals(DataTypes.TEXT) || type.equals(DataTypes.ASCII)) {
            return codec.parse(quoted(text)); // exactly the text typed, quotes included
        }
        try {
            T parsed = codec.parse(text.strip());
            if (parsed != null) {
                return parsed;
            }
        } catch (IllegalArgumentException notBare) {
            // Dates, times, timestamps and addresses are written quoted in CQL: try that next.
        }
        try {
            return codec.parse(quoted(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value for " + marker.getName().asCql(true) + " is not a "
                    + type.asCql(true, true) + ": " + text, e);
        }
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
