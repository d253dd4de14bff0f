package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An agency starts from an empty catalog. Agents and admins create developments (a unique PropQ id,
 * even when two people create one at once), and a price list creates the units it names, all or nothing, as a
 * batch that cannot be undone because PropQ has no way to delete a unit.
 */
@SpringBootTest
@WithMockUser(username = "agent-nd", roles = "AGENT")
class NewDevelopmentTest {

    @Autowired
    CatalogEditService editing;

    @Autowired
    PriceListService priceList;

    @Autowired
    BulkEditService bulk;

    @Autowired
    JdbcClient jdbc;

    private static String newId() {
        return "RO-DEV-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private int count(String sql, Object developmentId) {
        return jdbc.sql(sql).param("d", developmentId).query(Integer.class).single();
    }

    @Test
    void aNewDevelopmentIsSavedWithItsTrimmedIdAndACreatedHistoryEntryInOneGo() {
        var propqId = newId();
        var created = editing.createDevelopment(
                new NewDevelopment("  " + propqId + " ", " Las Lomas ", "Nerja", "Phase 1"), null, null);

        assertThat(created.propqId()).isEqualTo(propqId);
        assertThat(created.name()).isEqualTo("Las Lomas");
        assertThat(jdbc.sql("""
                        select actor || ' ' || field || ' ' || new_value from change_history
                        where entity_type = 'DEVELOPMENT' and entity_id = :d""").param("d", created.id()).query(String.class).list())
                .containsExactly("agent-nd created " + propqId);
    }

    @Test
    void anIdAnotherDevelopmentHasIsRefusedNamingThatDevelopment() {
        var propqId = newId();
        editing.createDevelopment(new NewDevelopment(propqId, "First Gardens", null, null), null, null);

        assertThatThrownBy(() -> editing.createDevelopment(
                        new NewDevelopment(" " + propqId, "Second Gardens", null, null), null, null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("propqId");
                            assertThat(p.messageKey()).isEqualTo("validation.development.propq-id-taken");
                            assertThat(p.parameters()).containsExactly(propqId, "First Gardens");
                        }));
        assertThat(count("select count(*) from development where name = 'Second Gardens' and propq_id = :d", propqId))
                .isZero();
    }

    @Test
    void anIdAndANameAreRequired() {
        assertThatThrownBy(() -> editing.createDevelopment(new NewDevelopment("  ", " ", null, null), null, null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("propqId", "name"));
    }

    @Test
    void ofTwoCreationsWithOneIdAtOnceOneWinsAndTheOtherGetsTheMessage() throws Exception {
        var propqId = newId();
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<DevelopmentDetails>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var name : List.of("Twin A", "Twin B")) {
                Callable<DevelopmentDetails> create = () -> {
                    start.await();
                    return editing.createDevelopment(new NewDevelopment(propqId, name, null, null), null, null);
                };
                results.add(pool.submit(new DelegatingSecurityContextCallable<>(create)));
            }
            start.countDown();
        }
        var winners = new ArrayList<DevelopmentDetails>();
        var refusals = new ArrayList<CatalogValidationException>();
        for (var result : results) {
            try {
                winners.add(result.get());
            } catch (ExecutionException e) {
                refusals.add((CatalogValidationException) e.getCause());
            }
        }

        assertThat(winners).hasSize(1);
        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.parameters())
                                .containsExactly(propqId, winners.getFirst().name())));
        assertThat(count("select count(*) from development where propq_id = :d", propqId))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "reviewer-nd", roles = "REVIEWER")
    void aReviewerCannotCreateADevelopment() {
        assertThatThrownBy(() ->
                        editing.createDevelopment(new NewDevelopment(newId(), "Not Mine", null, null), null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anImportCreatesItsNewUnitsWithOutboxRowsAndCreatedEntriesAsABatchThatCannotBeUndone() {
        var development =
                editing.createDevelopment(new NewDevelopment(newId(), "Import Gardens", null, null), null, null);
        editing.createUnit(
                development.id(),
                "A-1",
                new UnitValues(
                        UnitStatus.AVAILABLE,
                        new BigDecimal("100000"),
                        EnumSet.of(Direction.S),
                        "A",
                        1,
                        2,
                        new BigDecimal("80"),
                        null,
                        null,
                        null));
        var dryRun = priceList.dryRun(development.id(), csv("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                A-1,RESERVED,100000,S,A,1,2,80,
                A-2,AVAILABLE,210000,N NE,A,2,3,95.5,Sea view
                A-3,SOLD,330000,W,B,3,1,60,
                """), "", null);

        assertThat(dryRun.created()).extracting(NewUnitLine::name).containsExactly("A-2", "A-3");
        assertThat(dryRun.created().getFirst().values())
                .isEqualTo(new UnitValues(
                        UnitStatus.AVAILABLE,
                        new BigDecimal("210000"),
                        EnumSet.of(Direction.N, Direction.NE),
                        "A",
                        2,
                        3,
                        new BigDecimal("95.5"),
                        "Sea view",
                        null,
                        null));
        assertThat(dryRun.changed()).extracting(BulkLine::unitName).containsExactly("A-1");
        assertThat(dryRun.createsUnits()).isTrue();

        var result = priceList.apply(dryRun, "");

        assertThat(result.unitCount()).isEqualTo(3);
        assertThat(count("select count(*) from unit where development_id = :d", development.id()))
                .isEqualTo(3);
        assertThat(count("select count(*) from outbox where development_id = :d and kind = 'UNIT'", development.id()))
                .isEqualTo(3);
        assertThat(jdbc.sql("""
                        select entity_label from change_history
                        where batch_id = :b and field = 'created' and kind = 'IMPORT' order by entity_label""")
                        .param("b", result.batchId())
                        .query(String.class)
                        .list())
                .containsExactly("A-2", "A-3");
        assertThatThrownBy(() -> bulk.undo(result.batchId(), null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("bulk.undo-created-units"));
        assertThat(count("select count(*) from unit where development_id = :d", development.id()))
                .isEqualTo(3);
    }

    @Test
    void aPriceListWithAnInvalidLineCreatesNothing() {
        var development =
                editing.createDevelopment(new NewDevelopment(newId(), "Strict Gardens", null, null), null, null);
        var dryRun = priceList.dryRun(development.id(), csv("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                B-1,AVAILABLE,100000,S,A,1,2,80,
                B-2,AVAILABLE,-1,S,A,1,2,80,
                """), "", null);

        assertThat(dryRun.invalid()).extracting(InvalidLine::lineNumber).containsExactly(3L);
        assertThatThrownBy(() -> priceList.apply(dryRun, "")).isInstanceOf(CatalogValidationException.class);
        assertThat(count("select count(*) from unit where development_id = :d", development.id()))
                .isZero();
        assertThat(count("select count(*) from outbox where development_id = :d", development.id()))
                .isZero();
    }

    @Test
    void aUnitCreatedSinceTheDryRunStopsTheWholeBatch() {
        var development =
                editing.createDevelopment(new NewDevelopment(newId(), "Race Gardens", null, null), null, null);
        var dryRun = priceList.dryRun(development.id(), csv("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                C-1,AVAILABLE,100000,S,A,1,2,80,
                C-2,AVAILABLE,200000,S,A,1,2,80,
                """), "", null);
        editing.createUnit(
                development.id(),
                "c-2",
                new UnitValues(
                        UnitStatus.SOLD,
                        new BigDecimal("1"),
                        EnumSet.noneOf(Direction.class),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThatThrownBy(() -> priceList.apply(dryRun, ""))
                .isInstanceOfSatisfying(
                        BatchConflictException.class,
                        e -> assertThat(e.unitNames()).containsExactly("C-2"));
        assertThat(jdbc.sql("select name from unit where development_id = :d")
                        .param("d", development.id())
                        .query(String.class)
                        .list())
                .containsExactly("c-2");
    }

    @Test
    void aDevelopmentStraightFromItsPriceListIsCreatedWithAllItsUnitsOrNotAtAll() {
        var propqId = newId();
        var dryRun = priceList.dryRunForNewDevelopment(csv("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                D-1,AVAILABLE,100000,S,A,1,2,80,
                D-2,RESERVED,200000,E,A,2,2,80,
                """));
        var bad = priceList.dryRunForNewDevelopment(csv("""
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                D-1,AVAILABLE,100000,S,A,1,2,80,
                D-2,GONE,200000,E,A,2,2,80,
                """));

        assertThatThrownBy(
                        () -> editing.createDevelopment(new NewDevelopment(propqId, "Bad File", null, null), bad, null))
                .isInstanceOf(CatalogValidationException.class);
        assertThat(count("select count(*) from development where propq_id = :d", propqId))
                .isZero();

        var created = editing.createDevelopment(new NewDevelopment(propqId, "Whole Gardens", null, null), dryRun, null);

        assertThat(jdbc.sql("select name || ' ' || status from unit where development_id = :d order by name")
                        .param("d", created.id())
                        .query(String.class)
                        .list())
                .containsExactly("D-1 AVAILABLE", "D-2 RESERVED");
        assertThat(count("select count(*) from outbox where development_id = :d", created.id()))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from change_history where development_id = :d and field = 'created'",
                        created.id()))
                .isEqualTo(3);
    }
}
