package dev.sextant.core.io;

import java.util.Arrays;
import java.util.List;

/**
 * A CSV file of the kind people really have: a byte-order mark, CRLF line ends, quoted commas,
 * doubled quotes, a newline inside a value, empty fields, postcodes with leading zeros, dates,
 * and non-ASCII text; with the rows it holds, written out by hand.
 */
final class RealWorldCsv {

    static final String TEXT = "\uFEFFid,name,note,zip,joined,score\r\n"
            + "1,\"Smith, Rose\",\"She said \"\"hi\"\"\",00123,2024-01-02,1.50\r\n"
            + "2,Dq,\"two\nlines\",10001,2024-03-04,\r\n"
            + "3,Zoë Ünïcode,,02134,,-7.25\r\n"
            + "4,\"\",plain,99999,2025-12-31,0\r\n";

    /** The rows, NULL as null: an empty field is NULL, quoted or not (the default). */
    static final List<List<String>> ROWS = List.of(
            Arrays.asList("1", "Smith, Rose", "She said \"hi\"", "00123", "2024-01-02", "1.50"),
            Arrays.asList("2", "Dq", "two\nlines", "10001", "2024-03-04", null),
            Arrays.asList("3", "Zoë Ünïcode", null, "02134", null, "-7.25"),
            Arrays.asList("4", null, "plain", "99999", "2025-12-31", "0"));

    static final List<ColumnType> TYPES = List.of(ColumnType.INTEGER, ColumnType.TEXT, ColumnType.TEXT,
            ColumnType.TEXT, ColumnType.DATE, ColumnType.NUMERIC);

    private RealWorldCsv() {
    }
}
