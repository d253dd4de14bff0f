package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The price list file's columns and cells, written and read back, without Spring or a database. */
class PriceListCsvTest {

    private static String export(String name, UnitValues unit) throws IOException {
        var out = new StringWriter();
        try (var printer = PriceListCsv.printer(out)) {
            PriceListCsv.print(printer, name, unit);
        }
        return out.toString();
    }

    private static CSVRecord onlyLine(String csv) throws IOException {
        try (var parser = PriceListCsv.READ.parse(new StringReader(csv))) {
            return parser.getRecords().getFirst();
        }
    }

    @Test
    void aUnitIsOneLineUnderTheHeaderWithPlainNumbersAndSpaceSeparatedDirections() throws IOException {
        var unit = new UnitValues(
                UnitStatus.RESERVED,
                new BigDecimal("250000.00"),
                EnumSet.of(Direction.N, Direction.NE),
                "B",
                -1,
                3,
                new BigDecimal("95.50"),
                "Sea view, south",
                null,
                null);

        assertThat(export("B-1-01", unit)).isEqualTo("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes\r
                B-1-01,RESERVED,250000,N NE,B,-1,3,95.5,"Sea view, south"\r
                """);
    }

    @Test
    void missingValuesAreEmptyCells() throws IOException {
        var bare = new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal("1"),
                EnumSet.noneOf(Direction.class),
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(export("A", bare).lines().toList().getLast()).isEqualTo("A,AVAILABLE,1,,,,,,");
    }

    @Test
    void aTextThatLooksLikeAFormulaIsQuotedForSpreadsheetsAndComesBackAsItWas() throws IOException {
        var unit = new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal("1"),
                EnumSet.noneOf(Direction.class),
                "=B",
                null,
                null,
                null,
                "+34 600 000 000",
                null,
                null);

        var line = onlyLine(export("@home", unit));

        assertThat(line.get("name")).isEqualTo("'@home");
        assertThat(PriceListCsv.cell(line, "name")).isEqualTo("@home");
        assertThat(PriceListCsv.cell(line, "block")).isEqualTo("=B");
        assertThat(PriceListCsv.cell(line, "notes")).isEqualTo("+34 600 000 000");
    }

    @Test
    void readingFindsColumnsByHeaderInAnyOrderTrimsCellsAndSkipsEmptyLines() throws IOException {
        var line = onlyLine("price , name,status\n\n 1000 ,  C-2 ,sold\n");

        assertThat(PriceListCsv.cell(line, "name")).isEqualTo("C-2");
        assertThat(PriceListCsv.cell(line, "price")).isEqualTo("1000");
        assertThat(PriceListCsv.cell(line, "status")).isEqualTo("sold");
    }
}
