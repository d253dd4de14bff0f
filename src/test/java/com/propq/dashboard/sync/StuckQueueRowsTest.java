package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin has an action on every stuck row of the sync queue, a SENDING row past its lease included; a row in
 * flight under a live lease is left alone. The delivery engine is off in this context, so rows stay as set.
 */
@SpringBootTest
@WithMockUser(username = "admin-ada", roles = "ADMIN")
class StuckQueueRowsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    SyncQueueService queue;

    @Autowired
    TransactionTemplate transactions;

    private long developmentId;

    @BeforeEach
    void aDevelopment() {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        developmentId = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Stuck " + propqId)
                .query(Long.class)
                .single();
    }

    /** A queued unit row, then put in {@code state} as the engine would have left it. */
    private QueueRow row(String name, String stateSql) {
        var propqId = jdbc.sql("select propq_id from development where id = :d")
                .param("d", developmentId)
                .query(String.class)
                .single();
        var unitId = jdbc.sql(
                        "insert into unit (development_id, name, status, price, directions, created_at, updated_at) "
                                + "values (:d, :n, 'AVAILABLE', 1000, '{}', now(), now()) returning id")
                .param("d", developmentId)
                .param("n", name)
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(tx -> outbox.queueUnit(
                new UnitState(developmentId, propqId, unitId, name, 0, 1, new BigDecimal("1000"), List.of()),
                OutboxLane.INTERACTIVE));
        jdbc.sql("update outbox set " + stateSql + " where unit_id = :u")
                .param("u", unitId)
                .update();
        return queue.rows(new QueueFilter(null, propqId, name, null, false), 0, 10)
                .getFirst();
    }

    @Test
    void aSendingRowPastItsLeaseIsStuckAndTheAdminSendsItNow() {
        var stuck = row(
                "S-1",
                "state = 'SENDING', claim_token = gen_random_uuid(), locked_until = now() - interval '1 minute'");

        assertThat(stuck.leaseOver()).isTrue();
        assertThat(stuck.stuck()).isTrue();
        assertThat(queue.sendNow(stuck.id())).isTrue();

        var after = queue.rows(new QueueFilter(null, null, "S-1", null, false), 0, 10).stream()
                .filter(r -> r.id() == stuck.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.state()).isEqualTo(OutboxState.PENDING);
    }

    @Test
    void aRowInFlightUnderALiveLeaseIsNotStuckAndCannotBeSentAgain() {
        var inFlight = row(
                "S-2",
                "state = 'SENDING', claim_token = gen_random_uuid(), locked_until = now() + interval '1 minute'");

        assertThat(inFlight.stuck()).isFalse();
        assertThat(queue.sendNow(inFlight.id())).isFalse();
    }

    @Test
    void aPendingRowThatFailedBeforeIsStuckAndOneNeverTriedIsNot() {
        var failed = row("S-3", "attempts = 3, last_status = 503, next_attempt_at = now() + interval '5 minutes'");
        var fresh = row("S-4", "attempts = 0");

        assertThat(failed.stuck()).isTrue();
        assertThat(fresh.stuck()).isFalse();
        assertThat(queue.sendNow(failed.id())).isTrue();
    }
}
