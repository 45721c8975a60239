package dev.sextant.core.result;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Rows kept compactly: nine bytes a cell plus the UTF-8 bytes of text values, instead of an
 * {@code Object[]} and a boxed object per value (200–600 bytes a row). A row becomes an
 * {@code Object[]} again only when it is asked for, which the grid does for the rows it shows.
 *
 * <p>Values come back as {@link Integer}, {@link Long}, {@link Double}, {@link Boolean},
 * {@link String} or {@code null}; everything else is kept as the text the grid shows for it.
 * Append-only; filled on one thread, then read on another once handed over.
 */
public final class CompactRows extends AbstractList<Object[]> implements RandomAccess {

    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOL = 4;
    private static final byte TEXT = 5;

    /** Under half of G1's smallest region (1 MB), with room for the array's header. */
    static final int SMALL_ARRAY = (512 << 10) - 64;

    private final int width;
    private byte[] kinds;
    private long[] values;
    private byte[] text = new byte[0];
    private int textLength;
    private int size;
    private int cell;

    public CompactRows(int width, int expectedRows) {
        this(width, expectedRows, 0);
    }

    /** Room for {@code expectedRows} rows and {@code expectedText} bytes of text, so filling them copies nothing. */
    CompactRows(int width, int expectedRows, int expectedText) {
        this.width = width;
        int cells = Math.max(1, width * Math.max(1, expectedRows));
        kinds = new byte[cells];
        values = new long[cells];
        text = new byte[Math.max(0, expectedText)];
    }

    /** Rows from values already in memory (parameters, tests). */
    public static CompactRows of(int width, Iterable<Object[]> rows) {
        CompactRows compact = new CompactRows(width, 16);
        for (Object[] row : rows) {
            compact.startRow();
            for (Object value : row) {
                compact.addValue(value);
            }
        }
        return compact.trim();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        Object[] out = new Object[width];
        int cell = row * width;
        for (int i = 0; i < width; i++, cell++) {
            out[i] = value(cell);
        }
        return out;
    }

    /** Bytes held, for budgets: the arrays' lengths, not a JVM measurement. */
    public long bytes() {
        return kinds.length + 8L * values.length + text.length;
    }

    /** The bytes of text held, for sizing the next page. */
    int textLength() {
        return textLength;
    }

    /**
     * Drops spare capacity once no more rows will be added. A little spare text is kept: copying
     * a page's text again costs more (a large array in a small heap) than the few bytes it frees.
     */
    public CompactRows trim() {
        int cells = size * width;
        if (kinds.length > cells) {
            kinds = Arrays.copyOf(kinds, cells);
            values = Arrays.copyOf(values, cells);
        }
        if (text.length - textLength > textLength / 8) {
            text = Arrays.copyOf(text, textLength);
        }
        return this;
    }

    /**
     * The rows as bytes, for a spill file, in parts to be written in order; {@link #decode} reads
     * them back. The kinds and the text are the page's own arrays: one buffer for the whole page
     * was an array of half a G1 region or more for every page spilled.
     */
    ByteBuffer[] encode() {
        int cells = size * width;
        ByteBuffer header = ByteBuffer.allocate(12).putInt(width).putInt(size).putInt(textLength).flip();
        ByteBuffer numbers = ByteBuffer.allocate(cells * 8);
        numbers.asLongBuffer().put(values, 0, cells);
        return new ByteBuffer[] {header, ByteBuffer.wrap(kinds, 0, cells), numbers, ByteBuffer.wrap(text, 0, textLength)};
    }

    /** Rows written by {@link #encode}. */
    static CompactRows decode(ByteBuffer in) {
        int width = in.getInt();
        int size = in.getInt();
        int textLength = in.getInt();
        CompactRows rows = new CompactRows(width, 0);
        int cells = size * width;
        rows.kinds = new byte[cells];
        rows.values = new long[cells];
        rows.text = new byte[textLength];
        in.get(rows.kinds);
        in.asLongBuffer().get(rows.values);
        in.position(in.position() + cells * 8);
        in.get(rows.text);
        rows.size = size;
        rows.textLength = textLength;
        return rows;
    }

    /** Begins the next row; its cells follow with {@link #addValue} or {@link #addText}, in column order. */
    public void startRow() {
        int needed = (size + 1) * width;
        if (needed > kinds.length) {
            int capacity = Math.max(needed, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        cell = size * width;
        size++;
    }

    /** The next cell of the row begun last: a value as the driver returned it. */
    public void addValue(Object value) {
        int cell = this.cell++;
        if (value == null) {
            kinds[cell] = NULL;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            put(cell, INT, ((Number) value).longValue());
        } else if (value instanceof Long l) {
            put(cell, LONG, l);
        } else if (value instanceof Double || value instanceof Float) {
            put(cell, DOUBLE, Double.doubleToRawLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Boolean b) {
            put(cell, BOOL, b ? 1 : 0);
        } else {
            addText(cell, ValueText.full(value));
        }
    }

    /** The next cell of the row begun last: a value read as the server wrote it. */
    public void addText(String value) {
        int cell = this.cell++;
        if (value == null) {
            kinds[cell] = NULL;
        } else {
            addText(cell, value);
        }
    }

    /** The next cell: a whole number, {@code wide} when the column is a bigint. */
    void addWhole(long value, boolean isNull, boolean wide) {
        int cell = this.cell++;
        if (isNull) {
            kinds[cell] = NULL;
        } else {
            put(cell, wide ? LONG : INT, value);
        }
    }

    /** The next cell: a truth value. */
    void addBoolean(boolean value, boolean isNull) {
        int cell = this.cell++;
        if (isNull) {
            kinds[cell] = NULL;
        } else {
            put(cell, BOOL, value ? 1 : 0);
        }
    }

    /** The next cell: text already in UTF-8, as the server sent it (no String made and taken apart again). */
    void addUtf8(byte[] value) {
        int cell = this.cell++;
        if (value == null) {
            kinds[cell] = NULL;
        } else {
            addTextBytes(cell, value);
        }
    }

    private void put(int cell, byte kind, long value) {
        kinds[cell] = kind;
        values[cell] = value;
    }

    private void addText(int cell, String value) {
        addTextBytes(cell, value.getBytes(StandardCharsets.UTF_8));
    }

    private void addTextBytes(int cell, byte[] bytes) {
        if (textLength + bytes.length > text.length) {
            text = Arrays.copyOf(text, grownText(textLength + bytes.length));
        }
        System.arraycopy(bytes, 0, text, textLength, bytes.length);
        put(cell, TEXT, ((long) textLength << 32) | bytes.length);
        textLength += bytes.length;
    }

    /**
     * The text array's next length: half as much again, but not past {@link #SMALL_ARRAY} while
     * {@code needed} fits under it, so a page's text stays out of G1's humongous regions.
     */
    private int grownText(int needed) {
        long capacity = Math.max(needed, Math.max(256L, text.length * 3L / 2));
        if (needed <= SMALL_ARRAY && capacity > SMALL_ARRAY) {
            capacity = SMALL_ARRAY;
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, capacity);
    }

    private Object value(int cell) {
        long v = values[cell];
        return switch (kinds[cell]) {
            case INT -> (int) v;
            case LONG -> v;
            case DOUBLE -> Double.longBitsToDouble(v);
            case BOOL -> v != 0;
            case TEXT -> new String(text, (int) (v >>> 32), (int) v, StandardCharsets.UTF_8);
            default -> null;
        };
    }
}
