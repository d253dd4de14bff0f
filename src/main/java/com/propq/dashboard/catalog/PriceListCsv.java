package com.propq.dashboard.catalog;

import com.propq.dashboard.base.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The price list file: RFC 4180 CSV in UTF-8 with a header; export and import use the same columns.
 * Directions are compass points separated by spaces ("N NE"); prices and areas use a dot for decimals.
 */
final class PriceListCsv {

    static final List<String> COLUMNS =
            List.of("name", "status", "price", "directions", "block", "floor", "bedrooms", "built_area", "notes");

    static final CSVFormat WRITE = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();
    static final CSVFormat READ = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private PriceListCsv() {}

    static CSVPrinter printer(Writer writer) throws IOException {
        return new CSVPrinter(writer, WRITE);
    }

    /** One unit's line; its texts made safe for spreadsheets ({@link SpreadsheetCells}). */
    static void print(CSVPrinter printer, String name, UnitValues unit) throws IOException {
        printer.printRecord(
                SpreadsheetCells.write(name),
                unit.status().name(),
                plain(unit.price()),
                unit.directions().stream().map(Enum::name).collect(Collectors.joining(" ")),
                SpreadsheetCells.write(orEmpty(unit.block())),
                unit.floor() == null ? "" : unit.floor(),
                unit.bedrooms() == null ? "" : unit.bedrooms(),
                plain(unit.builtArea()),
                SpreadsheetCells.write(orEmpty(unit.notes())));
    }

    /** A cell as the file meant it: the spreadsheet-safety quote of an export taken off again. */
    static String cell(CSVRecord record, String column) {
        return SpreadsheetCells.read(record.get(column));
    }

    private static String plain(@Nullable BigDecimal amount) {
        var text = UnitHistory.plain(amount);
        return text == null ? "" : text;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
