package dev.sextant.core.edit;

/**
 * Which row a change is about: a row of the result as fetched ({@code index} its position), or a
 * row the user added ({@code index} its position among the new rows).
 */
public record RowRef(boolean added, long index) {

    public static RowRef fetched(long index) {
        return new RowRef(false, index);
    }

    public static RowRef added(int index) {
        return new RowRef(true, index);
    }
}
