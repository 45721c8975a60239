package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CQL result's columns, and how each one's cells go into {@link CompactRows}: whole numbers,
 * floating point and booleans stay typed (the grid right-aligns and sorts them as numbers), the
 * rest becomes {@link CqlText}. Decided once per column, not per cell, which keeps the pipeline
 * near the driver's own speed.
 */
final class CqlColumns {

    private enum Way { INT, LONG, DOUBLE, FLOAT, BOOLEAN, TEXT, OTHER }

    private static final Set<DataType> NUMERIC = Set.of(DataTypes.INT, DataTypes.BIGINT, DataTypes.COUNTER,
            DataTypes.SMALLINT, DataTypes.TINYINT, DataTypes.VARINT, DataTypes.DECIMAL, DataTypes.FLOAT,
            DataTypes.DOUBLE);

    private final List<ResultColumn> columns = new ArrayList<>();
    private final Way[] ways;

    CqlColumns(ColumnDefinitions definitions) {
        ways = new Way[definitions.size()];
        for (int i = 0; i < ways.length; i++) {
            ColumnDefinition column = definitions.get(i);
            DataType type = column.getType();
            columns.add(new ResultColumn(column.getName().asInternal(), type.asCql(true, true), NUMERIC.contains(type)));
            ways[i] = way(type);
        }
    }

    private static Way way(DataType type) {
        if (type.equals(DataTypes.INT) || type.equals(DataTypes.SMALLINT) || type.equals(DataTypes.TINYINT)) {
            return Way.INT;
        }
        if (type.equals(DataTypes.BIGINT) || type.equals(DataTypes.COUNTER)) {
            return Way.LONG;
        }
        if (type.equals(DataTypes.DOUBLE)) {
            return Way.DOUBLE;
        }
        if (type.equals(DataTypes.FLOAT)) {
            return Way.FLOAT;
        }
        if (type.equals(DataTypes.BOOLEAN)) {
            return Way.BOOLEAN;
        }
        boolean text = type.equals(DataTypes.TEXT) || type.equals(DataTypes.ASCII);
        return text ? Way.TEXT : Way.OTHER;
    }

    List<ResultColumn> columns() {
        return columns;
    }

    int width() {
        return ways.length;
    }

    /** Appends one row's cells. */
    void add(Row row, CompactRows into) {
        into.startRow();
        for (int i = 0; i < ways.length; i++) {
            if (row.isNull(i)) {
                into.addValue(null);
                continue;
            }
            switch (ways[i]) {
                case INT -> into.addValue(row.getObject(i)); // Integer, Short or Byte: all kept as whole numbers
                case LONG -> into.addValue(row.getLong(i));
                case DOUBLE -> into.addValue(row.getDouble(i));
                case FLOAT -> into.addValue(row.getFloat(i));
                case BOOLEAN -> into.addValue(row.getBoolean(i));
                case TEXT -> into.addText(row.getString(i));
                default -> into.addText(CqlText.cell(row.getObject(i)));
            }
        }
    }
}
