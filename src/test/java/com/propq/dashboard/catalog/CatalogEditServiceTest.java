package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** One transaction per intent: catalog, history and outbox change together, by the catalog's rules. */
@SpringBootTest
@WithMockUser(username = "agent-ana", roles = "AGENT")
class CatalogEditServiceTest {

    @Autowired
    CatalogEditService editing;

    @Autowired
    DevelopmentRepository developments;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HoldExpiryJob holdExpiry;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UnitRules rules;

    Development development;
    Unit unit;

    @BeforeEach
    void createUnit() {
        var now = Instant.now();
        development =
                developments.save(new Development("EDIT-" + UUID.randomUUID(), "Edit Heights", "Ronda", null, now));
        unit = units.save(new Unit(
                development,
                "A-1-01",
                UnitStatus.AVAILABLE,
                new BigDecimal("300000.00"),
                EnumSet.of(Direction.S),
                "A",
                1,
                2,
                new BigDecimal("90"),
                now));
    }

    @AfterEach
    void dropFailureTrigger() {
        jdbc.sql("drop trigger if exists fail_outbox on outbox").update();
    }

    private UnitValues current() {
        return units.findById(unit.getId()).orElseThrow().values();
    }

    private long version() {
        return units.findById(unit.getId()).orElseThrow().getVersion();
    }

    private List<Map<String, Object>> history() {
        return jdbc.sql("select actor, kind, field, old_value, new_value, reason from change_history "
                        + "where unit_id = :id order by id")
                .param("id", unit.getId())
                .query()
                .listOfRows();
    }

    private List<Map<String, Object>> outboxRows() {
        return jdbc.sql("select version, state, payload::text as payload from outbox where unit_id = :id")
                .param("id", unit.getId())
                .query()
                .listOfRows();
    }

    @Test
    void anEditUpdatesTheUnitWritesHistoryAndQueuesTheFullStateForPropq() {
        var edited = editing.saveUnit(
                unit.getId(),
                version(),
                current().withStatus(UnitStatus.RESERVED).withPrice(new BigDecimal("315000")),
                null);

        assertThat(edited.values().status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(history())
                .extracting(r -> r.get("field"), r -> r.get("old_value"), r -> r.get("new_value"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("status", "AVAILABLE", "RESERVED"),
                        org.assertj.core.groups.Tuple.tuple("price", "300000", "315000"));
        assertThat(history()).allSatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo("agent-ana");
            assertThat(r.get("kind")).isEqualTo("CATALOG_EDIT");
        });
        assertThat(outboxRows()).singleElement().satisfies(row -> {
            assertThat(row.get("state")).isEqualTo("PENDING");
            assertThat((String) row.get("payload"))
                    .contains(
                            "\"UntName\": \"A-1-01\"",
                            "\"UntStatus\": 8",
                            "\"UntPrice\": 315000",
                            "\"UntDirections\": [\"S\"]");
        });
    }

    @Test
    void aFailureAfterTheCatalogUpdateLeavesNeitherChangeNorHistoryNorOutboxRow() {
        jdbc.sql("""
                create or replace function fail_outbox() returns trigger language plpgsql as $$
                begin raise exception 'injected outbox failure'; end $$""").update();
        jdbc.sql(
                        "create trigger fail_outbox before insert or update on outbox for each row execute function fail_outbox()")
                .update();

        assertThatThrownBy(() ->
                        editing.saveUnit(unit.getId(), version(), current().withPrice(new BigDecimal("320000")), null))
                .hasStackTraceContaining("injected outbox failure");

        assertThat(current().price()).isEqualByComparingTo("300000");
        assertThat(history()).isEmpty();
        assertThat(outboxRows()).isEmpty();
    }

    @Test
    void twentyQuickEditsLeaveOneOutboxRowHoldingTheLastState() {
        for (int i = 1; i <= 20; i++) {
            editing.saveUnit(unit.getId(), version(), current().withPrice(new BigDecimal(300000 + i * 1000)), null);
        }

        assertThat(outboxRows()).singleElement().satisfies(row -> {
            assertThat(row.get("version")).isEqualTo(20L);
            assertThat((String) row.get("payload")).contains("\"UntPrice\": 320000");
        });
        assertThat(history()).hasSize(20);
    }

    @Test
    void aPriceReductionOrAReleaseOfASoldUnitNeedsAReason() {
        assertThatThrownBy(() ->
                        editing.saveUnit(unit.getId(), version(), current().withPrice(new BigDecimal("250000")), " "))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("reason", "validation.reason.price-reduction")));

        editing.saveUnit(unit.getId(), version(), current().withPrice(new BigDecimal("250000")), "End of phase 1");
        editing.saveUnit(unit.getId(), version(), current().withStatus(UnitStatus.SOLD), null);
        assertThatThrownBy(() ->
                        editing.saveUnit(unit.getId(), version(), current().withStatus(UnitStatus.AVAILABLE), null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.reason.release"));

        assertThat(history()).extracting(r -> r.get("reason")).containsExactly("End of phase 1", null);
    }

    @Test
    void invalidValuesAreRefusedFieldByFieldAndNothingIsSaved() {
        var bad = new UnitValues(
                UnitStatus.HOLD,
                new BigDecimal("-1"),
                EnumSet.noneOf(Direction.class),
                null,
                500,
                -2,
                BigDecimal.ZERO,
                null,
                null,
                LocalDate.now().minusDays(3));

        assertThatThrownBy(() -> editing.saveUnit(unit.getId(), version(), bad, "reason"))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "price", "floor", "bedrooms", "builtArea", "holdReason", "holdUntil"));
        assertThat(current().price()).isEqualByComparingTo("300000");
        assertThat(history()).isEmpty();
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictWithTheFirstOnesValues() {
        long bothStartedAt = version();
        editing.saveUnit(unit.getId(), bothStartedAt, current().withPrice(new BigDecimal("305000")), null);

        assertThatThrownBy(() ->
                        editing.saveUnit(unit.getId(), bothStartedAt, current().withStatus(UnitStatus.SOLD), null))
                .isInstanceOfSatisfying(UnitEditConflictException.class, e -> {
                    assertThat(e.current().values().price()).isEqualByComparingTo("305000");
                    assertThat(e.current().version()).isEqualTo(bothStartedAt + 1);
                });
        assertThat(current().status()).isEqualTo(UnitStatus.AVAILABLE);
    }

    @Test
    void aNewUnitNeedsANameNotYetTakenInItsDevelopment() {
        var values = new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal("199000"),
                EnumSet.of(Direction.E),
                "B",
                0,
                1,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> editing.createUnit(development.getId(), "a-1-01", values))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.name.taken"));

        var created = editing.createUnit(development.getId(), " B-0-01 ", values);
        assertThat(created.name()).isEqualTo("B-0-01");
        assertThat(jdbc.sql("select count(*) from outbox where unit_id = :id")
                        .param("id", created.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePropqIdOfADevelopmentChangesOnlyWhilePropqHasNothingOfIt() {
        editing.saveUnit(unit.getId(), version(), current().withPrice(new BigDecimal("301000")), null);
        var newId = "EDIT-NEW-" + UUID.randomUUID();

        var saved = editing.saveDevelopment(development.getId(), 0, newId, "Edit Heights II", "Ronda", "Phase 2");

        assertThat(saved.propqId()).isEqualTo(newId);
        assertThat(jdbc.sql("select propq_development_id from outbox where unit_id = :id")
                        .param("id", unit.getId())
                        .query(String.class)
                        .single())
                .as("queued changes follow the new id")
                .isEqualTo(newId);
        assertThat(jdbc.sql("select count(*) from change_history where development_id = :d and entity_type = "
                                + "'DEVELOPMENT'")
                        .param("d", development.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        jdbc.sql("insert into unit_delivery (unit_id, development_id, delivered_version, delivered_at) "
                        + "values (:u, :d, 1, now())")
                .param("u", unit.getId())
                .param("d", development.getId())
                .update();
        assertThatThrownBy(() -> editing.saveDevelopment(
                        development.getId(), saved.version(), "OTHER-" + newId, "Edit Heights II", "Ronda", "Phase 2"))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.development.propq-id-locked"));
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aReviewerCannotEditEvenByCallingTheServiceDirectly() {
        assertThatThrownBy(() -> editing.saveUnit(unit.getId(), 0, current().withPrice(BigDecimal.ONE), "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editing.createUnit(development.getId(), "Z", current()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aUnitPutOnHoldWithoutALastDayOrBeyondNinetyDaysIsRefusedAndNothingIsSaved() {
        var onHold = current().withStatus(UnitStatus.HOLD);
        var withReason = new UnitValues(
                onHold.status(),
                onHold.price(),
                onHold.directions(),
                onHold.block(),
                onHold.floor(),
                onHold.bedrooms(),
                onHold.builtArea(),
                onHold.notes(),
                "Client visit",
                null);
        long before = version();

        assertThatThrownBy(() -> editing.saveUnit(unit.getId(), before, withReason, null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.hold.last-day-required"));
        var tooFar = new UnitValues(
                withReason.status(),
                withReason.price(),
                withReason.directions(),
                withReason.block(),
                withReason.floor(),
                withReason.bedrooms(),
                withReason.builtArea(),
                withReason.notes(),
                withReason.holdReason(),
                rules.today().plusDays(91));
        assertThatThrownBy(() -> editing.saveUnit(unit.getId(), before, tooFar, null))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.hold.too-far"));

        assertThat(current().status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void anExpiredHoldIsReleasedAsASystemChange() {
        // The catalog's today (its own time zone), not the test machine's: they differ around midnight.
        var today = rules.today();
        editing.saveUnit(
                unit.getId(),
                version(),
                new UnitValues(
                        UnitStatus.HOLD,
                        new BigDecimal("300000"),
                        EnumSet.of(Direction.S),
                        "A",
                        1,
                        2,
                        new BigDecimal("90"),
                        null,
                        "Client visit",
                        today),
                null);

        // Not yet: the hold's last day is today.
        Boolean releasedToday = transactions.execute(tx -> holdExpiry.releaseOne(today));
        assertThat(releasedToday).isFalse();
        // Tomorrow it is over.
        while (Boolean.TRUE.equals(transactions.execute(tx -> holdExpiry.releaseOne(today.plusDays(1))))) {
            // other tests' expired holds may go too
        }

        assertThat(current().status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(current().holdReason()).isNull();
        assertThat(history()).last().satisfies(r -> {
            assertThat(r.get("actor")).isEqualTo("system:hold-expiry");
            assertThat(r.get("kind")).isEqualTo("HOLD_EXPIRY");
        });
        assertThat((String) outboxRows().getFirst().get("payload")).contains("\"UntStatus\": 1");
    }
}
