package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue page's service, housekeeping and the outbox-lag health, on the running engine. */
@DeliveryEngineTest
class SyncQueueServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxRepository repository;

    @Autowired
    CatalogEditService editing;

    @Autowired
    SyncQueueService queue;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DeliveryLogHousekeeping housekeeping;

    @Autowired
    OutboxLagHealthIndicator lag;

    SyncTestData data;

    @BeforeEach
    void cleanSlate() {
        data = new SyncTestData(jdbc, editing);
        data.cleanSlate(sandbox);
    }

    /** A parked row: the state PropQ refuses (422), queued and refused. */
    private long parkedRow() {
        var development = data.development();
        var unitId = jdbc.sql(
                        "insert into unit (development_id, name, status, price, directions, created_at, updated_at) "
                                + "values (:dev, 'P-1', 'AVAILABLE', 1000, '{}', now(), now()) returning id")
                .param("dev", development.id())
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(tx -> outbox.queueUnit(
                new UnitState(
                        development.id(), development.propqId(), unitId, "P-1", 0, 1, new BigDecimal("-5"), List.of()),
                OutboxLane.INTERACTIVE));
        await().atMost(PATIENCE).until(() -> parkedCount() == 1);
        return jdbc.sql("select id from outbox where state = 'PARKED'")
                .query(Long.class)
                .single();
    }

    // Awaitility polls on its own thread, without the test's signed-in user: it reads the tables directly.
    private int parkedCount() {
        return jdbc.sql("select count(*) from outbox where state = 'PARKED'")
                .query(Integer.class)
                .single();
    }

    private int logCount(long outboxId) {
        return jdbc.sql("select count(*) from delivery_log where outbox_id = :id")
                .param("id", outboxId)
                .query(Integer.class)
                .single();
    }

    private List<String> historyActions(long outboxId) {
        return jdbc.sql("select new_value from change_history where kind = 'SYNC_QUEUE_ACTION' "
                        + "and entity_type = 'OUTBOX' and entity_id = :id order by id")
                .param("id", outboxId)
                .query(String.class)
                .list();
    }

    @Test
    @WithMockUser(username = "admin-ada", roles = "ADMIN")
    void anAdminRetriesAParkedRowAndTheRetryIsInTheHistory() {
        var id = parkedRow();

        assertThat(queue.retry(id)).isTrue();

        assertThat(historyActions(id)).containsExactly("RETRY");
        // PropQ still refuses the same state: parked again, with a second attempt in its delivery log.
        await().atMost(PATIENCE).until(() -> logCount(id) == 2 && parkedCount() == 1);
        assertThat(queue.deliveryLog(id))
                .extracting(DeliveryAttempt::httpStatus)
                .containsOnly(422);
        assertThat(queue.rows(new QueueFilter(OutboxState.PARKED, null, "P-1", 422, false), 0, 10))
                .singleElement()
                .satisfies(r -> assertThat(r.lastError()).contains("UntPrice"));
        assertThat(queue.count(new QueueFilter(null, null, null, 500, false))).isZero();
    }

    @Test
    @WithMockUser(username = "agent-ana", roles = "AGENT")
    void anAgentsEditParkedByPropqIsReportedToThatAgentOnceAndNotToAnotherUser() {
        var id = parkedRow();

        assertThat(as("agent-bob", queue::takeMyParkedNotices)).isEmpty();
        assertThat(queue.takeMyParkedNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.outboxId()).isEqualTo(id);
            assertThat(notice.unitName()).isEqualTo("P-1");
            assertThat(notice.lastStatus()).isEqualTo(422);
        });
        assertThat(queue.takeMyParkedNotices()).as("told once").isEmpty();
    }

    @Test
    @WithMockUser(username = "agent-ana", roles = "AGENT")
    void myChangesShowsOnlyTheRowsTheSignedInUserQueued() {
        parkedRow();
        var mine = new QueueFilter(null, null, null, null, true);

        assertThat(queue.rows(mine, 0, 10))
                .singleElement()
                .satisfies(r -> assertThat(r.unitName()).isEqualTo("P-1"));
        assertThat(as("agent-bob", () -> queue.count(mine))).isZero();
        assertThat(as("agent-bob", () -> queue.count(QueueFilter.ALL))).isEqualTo(1);
    }

    /** Runs {@code call} signed in as another agent, then as the test's user again. */
    private static <T> T as(String username, Supplier<T> call) {
        var context = SecurityContextHolder.getContext();
        var signedIn = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        try {
            return call.get();
        } finally {
            context.setAuthentication(signedIn);
        }
    }

    @Test
    @WithMockUser(username = "admin-ada", roles = "ADMIN")
    void anAdminDiscardsAParkedRowAndTheDiscardIsInTheHistory() {
        var id = parkedRow();

        assertThat(queue.discard(id)).isTrue();

        assertThat(queue.count(QueueFilter.ALL)).isZero();
        assertThat(historyActions(id)).containsExactly("DISCARD");
        assertThat(jdbc.sql("select actor from change_history where entity_id = :id and kind = 'SYNC_QUEUE_ACTION'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("admin-ada");
        assertThat(queue.discard(id)).isFalse();
    }

    @Test
    @WithMockUser(username = "agent-ana", roles = "AGENT")
    void anAgentSeesTheQueueButCannotRetryOrDiscard() {
        var id = jdbc.sql("select coalesce(max(id), 0) from outbox")
                .query(Long.class)
                .single();
        assertThat(queue.summary().parked()).isZero();
        assertThatThrownBy(() -> queue.retry(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> queue.discard(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void housekeepingDeletesDeliveryLogRowsOlderThanTheRetentionInBatches() {
        jdbc.sql("""
                insert into delivery_log (outbox_id, kind, development_id, propq_development_id, version,
                    attempted_at, duration_ms, http_status, outcome)
                select 1, 'UNIT', 1, 'RO-DEV-1', 1, now() - interval '400 days', 5, 200, 'DELIVERED'
                from generate_series(1, 12000)""").update();
        jdbc.sql("""
                insert into delivery_log (outbox_id, kind, development_id, propq_development_id, version,
                    attempted_at, duration_ms, http_status, outcome)
                values (2, 'UNIT', 1, 'RO-DEV-1', 1, now(), 5, 200, 'DELIVERED')""").update();

        assertThat(housekeeping.deleteExpired()).isEqualTo(12000);

        assertThat(jdbc.sql("select count(*) from delivery_log where attempted_at < now() - interval '300 days'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from delivery_log where outbox_id = 2")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void outboxLagHealthIsDownWhenTheOldestPendingChangeIsOlderThanTheThreshold() {
        assertThat(lag.health().getStatus()).isEqualTo(Status.UP);
        var development = data.development();
        // A change queued long ago and held by a claim that has not ended: not yet accepted by PropQ.
        transactions.executeWithoutResult(tx -> {
            outbox.queuePublish(development.id(), development.propqId(), 1L);
            repository.claim(1, 0, Duration.ofMinutes(10), java.util.UUID.randomUUID(), false);
            jdbc.sql("update outbox set created_at = :at")
                    .param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                    .update();
        });

        try {
            var health = lag.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((Long) health.getDetails().get("oldestPendingAgeSeconds"))
                    .isGreaterThanOrEqualTo(3600);
        } finally {
            jdbc.sql("delete from outbox where development_id = :id")
                    .param("id", development.id())
                    .update();
        }
    }
}
