package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Bulk changes and price-list imports: previewed, applied exactly, all or nothing, undoable. */
@SpringBootTest
@WithMockUser(username = "agent-bo", roles = "AGENT")
class BulkAndImportTest {

    @Autowired
    BulkEditService bulk;

    @Autowired
    PriceListService priceList;

    @Autowired
    CatalogEditService editing;

    @Autowired
    DevelopmentRepository developments;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    long developmentId;

    @BeforeEach
    void createDevelopmentWithFourUnits() {
        var now = Instant.now();
        var development =
                developments.save(new Development("BULK-" + UUID.randomUUID(), "Bulk Gardens", "Mijas", null, now));
        developmentId = development.getId();
        units.saveAll(IntStream.rangeClosed(1, 4)
                .mapToObj(i -> new Unit(
                        development,
                        "U-" + i,
                        UnitStatus.AVAILABLE,
                        BigDecimal.valueOf(100_000L * i + 1234),
                        EnumSet.of(Direction.S),
                        "A",
                        i,
                        2,
                        BigDecimal.TEN,
                        now))
                .toList());
    }

    private BigDecimal price(String name) {
        return jdbc.sql("select price from unit where development_id = :d and name = :n")
                .param("d", developmentId)
                .param("n", name)
                .query(BigDecimal.class)
                .single();
    }

    private int outboxRows() {
        return jdbc.sql("select count(*) from outbox where development_id = :d")
                .param("d", developmentId)
                .query(Integer.class)
                .single();
    }

    @Test
    void thePreviewListsEveryUnitsBeforeAndAfterAndApplyingChangesExactlyThat() {
        var action = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.PERCENT, new BigDecimal("5"), BulkAction.Rounding.NEAREST_1000);
        var preview = bulk.previewFiltered(developmentId, UnitFilter.NONE, action, "Phase 2 prices");

        assertThat(preview.lines()).extracting(BulkLine::unitName).containsExactly("U-1", "U-2", "U-3", "U-4");
        assertThat(preview.lines().getFirst().after().price()).isEqualByComparingTo("106000");
        assertThat(preview.totalBefore()).isEqualByComparingTo("1004936");
        assertThat(preview.totalAfter()).isEqualByComparingTo("1054000");

        var result = bulk.apply(preview);

        assertThat(result.unitCount()).isEqualTo(4);
        for (var line : preview.lines()) {
            assertThat(price(line.unitName())).isEqualByComparingTo(line.after().price());
        }
        assertThat(outboxRows()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from change_history where batch_id = :b and kind = 'BULK_BATCH'")
                        .param("b", result.batchId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aSelectionOnlyTouchesTheSelectedUnitsAndAPriceCutNeedsAReason() {
        var ids = jdbc.sql("select id from unit where development_id = :d and name in ('U-1', 'U-3')")
                .param("d", developmentId)
                .query(Long.class)
                .list();
        var cut = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.AMOUNT, new BigDecimal("-10000"), BulkAction.Rounding.NONE);

        assertThatThrownBy(() -> bulk.apply(bulk.previewSelection(developmentId, ids, cut, "")))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::unitName, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("U-1", "validation.reason.price-reduction"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "U-3", "validation.reason.price-reduction")));
        assertThat(price("U-1")).isEqualByComparingTo("101234");

        bulk.apply(bulk.previewSelection(developmentId, ids, cut, "Summer offer"));
        assertThat(price("U-1")).isEqualByComparingTo("91234");
        assertThat(price("U-2")).isEqualByComparingTo("201234");
        assertThat(price("U-3")).isEqualByComparingTo("291234");
    }

    @Test
    void aUnitChangedAfterThePreviewStopsTheWholeBatch() {
        var preview = bulk.previewFiltered(
                developmentId, UnitFilter.NONE, new BulkAction.SetStatus(UnitStatus.RESERVED), "Investor block");
        var u2 = preview.lines().stream()
                .filter(l -> l.unitName().equals("U-2"))
                .findFirst()
                .orElseThrow();
        editing.saveUnit(u2.unitId(), u2.version(), u2.before().withPrice(new BigDecimal("250000")), null);

        assertThatThrownBy(() -> bulk.apply(preview))
                .isInstanceOfSatisfying(
                        BatchConflictException.class,
                        e -> assertThat(e.unitNames()).containsExactly("U-2"));
        assertThat(jdbc.sql("select count(*) from unit where development_id = :d and status = 'RESERVED'")
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBulkHoldSetsTheHoldsLastDayAsTheUnitEditorCan() {
        var lastDay = LocalDate.now().plusDays(10);

        bulk.apply(bulk.previewFiltered(
                developmentId,
                UnitFilter.NONE,
                new BulkAction.SetStatus(UnitStatus.HOLD, lastDay),
                "Held for the launch event"));

        assertThat(jdbc.sql("select count(*) from unit where development_id = :d and status = 'HOLD' "
                                + "and hold_until = :lastDay and hold_reason = 'Held for the launch event'")
                        .param("d", developmentId)
                        .param("lastDay", lastDay)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aBulkHoldWhoseLastDayHasPassedIsRefused() {
        var yesterday = LocalDate.now().minusDays(2);

        assertThatThrownBy(() -> bulk.apply(bulk.previewFiltered(
                        developmentId,
                        UnitFilter.NONE,
                        new BulkAction.SetStatus(UnitStatus.HOLD, yesterday),
                        "Held for the launch event")))
                .isInstanceOf(CatalogValidationException.class);
        assertThat(jdbc.sql("select count(*) from unit where development_id = :d and status = 'HOLD'")
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBulkHoldWithoutALastDayIsRefusedByDefault() {
        assertThatThrownBy(() -> bulk.apply(bulk.previewFiltered(
                        developmentId,
                        UnitFilter.NONE,
                        new BulkAction.SetStatus(UnitStatus.HOLD),
                        "Held for the launch event")))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsOnly("validation.hold.last-day-required"));
    }

    @Test
    void undoingABatchRestoresEveryUnitAsARecordedQueuedBatchOfItsOwn() {
        var applied = bulk.apply(bulk.previewFiltered(
                developmentId,
                UnitFilter.NONE,
                new BulkAction.SetStatus(UnitStatus.HOLD, LocalDate.now().plusDays(10)),
                "Held for the launch event"));
        assertThat(price("U-4")).isEqualByComparingTo("401234");

        var undo = bulk.undo(applied.batchId(), null);

        assertThat(undo.unitCount()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from unit where development_id = :d and status = 'AVAILABLE' "
                                + "and hold_reason is null")
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(bulk.batches(developmentId, 10))
                .extracting(BatchSummary::id)
                .containsExactly(undo.batchId(), applied.batchId());
        assertThat(bulk.batches(developmentId, 10).get(1).undoneBy()).isEqualTo(undo.batchId());
        assertThatThrownBy(() -> bulk.undo(applied.batchId(), null)).isInstanceOf(CatalogValidationException.class);
    }

    @Test
    void anUndoIsRecordedAsAnUndoWithTheReasonItWasGivenNotAsAnotherBulkChange() {
        var rise = bulk.apply(bulk.previewFiltered(
                developmentId,
                UnitFilter.NONE,
                new BulkAction.ChangePrice(
                        BulkAction.ChangePrice.Mode.PERCENT, new BigDecimal("5"), BulkAction.Rounding.NONE),
                ""));

        // Putting the prices back lowers them, yet an undo needs no reason of its own.
        var undo = bulk.undo(rise.batchId(), "Undo of 'Bulk change 5%'");

        assertThat(price("U-4")).isEqualByComparingTo("401234");
        assertThat(jdbc.sql("select distinct kind || ' / ' || reason from change_history where batch_id = :b")
                        .param("b", undo.batchId())
                        .query(String.class)
                        .list())
                .containsExactly("UNDO / Undo of 'Bulk change 5%'");
        assertThat(bulk.batch(undo.batchId()).undoes()).isEqualTo(rise.batchId());
        assertThat(bulk.batch(rise.batchId()).description()).isEqualTo("price PERCENT 5 NONE");
    }

    @Test
    void aBatchQueuesItsUnitsAsOneDeliveryBatchWhoseProgressCanBeFollowed() {
        var applied = bulk.apply(bulk.previewFiltered(
                developmentId, UnitFilter.NONE, new BulkAction.SetStatus(UnitStatus.RESERVED), ""));

        assertThat(jdbc.sql("select count(*) from outbox where batch_id = :b")
                        .param("b", applied.batchId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select unit_count from delivery_batch where id = :b and development_id = :d")
                        .param("b", applied.batchId())
                        .param("d", developmentId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void theExportedPriceListImportsBackAsUnchanged() {
        var out = new ByteArrayOutputStream();
        priceList.export(developmentId, UnitFilter.NONE, out);
        var csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst())
                .contains("name,status,price,directions,block,floor,bedrooms,built_area,notes");
        var dryRun = priceList.dryRun(developmentId, stream(csv), "", null);
        assertThat(dryRun.unchanged()).isEqualTo(4);
        assertThat(dryRun.changed()).isEmpty();
        assertThat(dryRun.invalid()).isEmpty();
    }

    @Test
    void textsASpreadsheetWouldRunAsFormulasAreExportedAsTextAndImportBackUnchanged() {
        jdbc.sql("""
                        insert into unit (development_id, name, status, price, directions, block, notes)
                        values (:d, '@U-5', 'AVAILABLE', 501234, array['S'], '+A', '=HYPERLINK("http://evil.example")')""").param("d", developmentId).update();
        jdbc.sql("update unit set notes = '''=already quoted' where development_id = :d and name = 'U-2'")
                .param("d", developmentId)
                .update();
        var out = new ByteArrayOutputStream();
        priceList.export(developmentId, UnitFilter.NONE, out);
        var csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("'@U-5,AVAILABLE,501234,S,'+A,,,,\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .contains("U-2,AVAILABLE,201234,S,A,2,2,10,''=already quoted");
        var dryRun = priceList.dryRun(developmentId, stream(csv), "", null);
        assertThat(dryRun.invalid()).isEmpty();
        assertThat(dryRun.changed()).isEmpty();
        assertThat(dryRun.unchanged()).isEqualTo(5);
    }

    @Autowired
    HistoryService history;

    @Test
    void theHistoryExportShowsFormulasInTextsAsTextAndLeavesNumbersAlone() {
        var csv = """
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                U-2,AVAILABLE,222000,S,A,2,2,10,@SUM(A1:A9)
                """;
        priceList.apply(priceList.dryRun(developmentId, stream(csv), "", null), "-reason from a file");
        long unitId = jdbc.sql("select id from unit where development_id = :d and name = 'U-2'")
                .param("d", developmentId)
                .query(Long.class)
                .single();

        var out = new ByteArrayOutputStream();
        history.exportCsv(HistoryFilter.ofUnit(unitId), out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(",'@SUM(A1:A9),", ",'-reason from a file,")
                .contains(",201234,222000,")
                .doesNotContain(",@", ",-r");
    }

    @Test
    void aDryRunReportsNewChangedUnchangedAndEveryInvalidLineAndAFileWithBadLinesAppliesNothing() {
        var csv = """
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                U-1,SOLD,101234,S,A,1,2,10,
                U-2,AVAILABLE,201234,S,A,2,2,10,
                U-3,AVAILABLE,cheap,S,A,3,2,10,
                U-9,AVAILABLE,1,S,A,1,2,10,
                U-4,AVAILABLE,401234,UP,A,4,2,10,
                """;
        var dryRun = priceList.dryRun(developmentId, stream(csv), "", null);

        assertThat(dryRun.created()).extracting(NewUnitLine::name).containsExactly("U-9");
        assertThat(dryRun.changed()).extracting(BulkLine::unitName).containsExactly("U-1");
        assertThat(dryRun.unchanged()).isEqualTo(1);
        assertThat(dryRun.invalid())
                .extracting(InvalidLine::lineNumber, InvalidLine::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "import.bad-number"),
                        org.assertj.core.groups.Tuple.tuple(6L, "import.bad-direction"));
        assertThatThrownBy(() -> priceList.apply(dryRun, "")).isInstanceOf(CatalogValidationException.class);
        assertThat(jdbc.sql("select status from unit where development_id = :d and name = 'U-1'")
                        .param("d", developmentId)
                        .query(String.class)
                        .single())
                .isEqualTo("AVAILABLE");
        assertThat(units.existsByDevelopmentIdAndNameIgnoreCase(developmentId, "U-9"))
                .isFalse();
    }

    @Test
    void aLineTheCatalogsRulesRefuseNamesItsFieldAndTheRule() {
        var csv = """
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                U-1,AVAILABLE,-5,S,A,1,2,10,
                """;
        var dryRun = priceList.dryRun(developmentId, stream(csv), "", null);

        assertThat(dryRun.invalid()).singleElement().satisfies(line -> {
            assertThat(line.lineNumber()).isEqualTo(2);
            assertThat(line.field()).isEqualTo("price");
            assertThat(line.messageKey()).isEqualTo("validation.price.negative");
        });
    }

    @Test
    void aCleanImportAppliesAsOneBatch() {
        var csv = """
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                U-1,RESERVED,111000,N NE,A,1,3,95.5,Corner unit
                U-2,AVAILABLE,222000,S,A,2,2,10,
                """;
        var result = priceList.apply(priceList.dryRun(developmentId, stream(csv), "", null), "");

        assertThat(result.unitCount()).isEqualTo(2);
        assertThat(price("U-1")).isEqualByComparingTo("111000");
        assertThat(jdbc.sql("select directions::text from unit where development_id = :d and name = 'U-1'")
                        .param("d", developmentId)
                        .query(String.class)
                        .single())
                .isEqualTo("{N,NE}");
        assertThat(jdbc.sql(
                                "select count(distinct unit_id) from change_history where batch_id = :b and kind = 'IMPORT'")
                        .param("b", result.batchId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
