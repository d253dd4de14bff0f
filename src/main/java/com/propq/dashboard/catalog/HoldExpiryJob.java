package com.propq.dashboard.catalog;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets units whose hold has ended back to AVAILABLE, as a system change with history and outbox.
 * Safe on several instances: each unit is claimed with SKIP LOCKED, and each release is its own
 * transaction (one intent), so one bad unit cannot hold back the others.
 */
@Component
class HoldExpiryJob {

    static final String ACTOR = HistoryEntry.systemActor("hold-expiry");
    private static final Logger log = LoggerFactory.getLogger(HoldExpiryJob.class);

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final UnitRules rules;
    private final HistoryWriter history;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HoldExpiryJob(
            JdbcClient jdbc,
            UnitRepository units,
            UnitRules rules,
            HistoryWriter history,
            OutboxWriter outbox,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.rules = rules;
        this.history = history;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.catalog.hold-expiry-interval:PT1M}", initialDelayString = "PT10S")
    void releaseExpiredHolds() {
        int released = 0;
        while (Boolean.TRUE.equals(transactions.execute(tx -> releaseOne(rules.today())))) {
            released++;
        }
        if (released > 0) {
            log.info("Released {} expired hold(s)", released);
        }
    }

    /** Releases one expired hold, if any is left that no other instance is working on. */
    boolean releaseOne(LocalDate today) {
        List<Long> ids = jdbc.sql("""
                        select id from unit where status = 'HOLD' and hold_until < :today
                        order by hold_until, id limit 1 for update skip locked""")
                .param("today", today)
                .query((rs, row) -> rs.getLong(1))
                .list();
        if (ids.isEmpty()) {
            return false;
        }
        var unit = units.findWithDevelopment(ids.getFirst()).orElseThrow();
        var before = unit.values();
        unit.apply(before.withStatus(UnitStatus.AVAILABLE), clock.instant());
        units.flush();
        history.recordAll(UnitHistory.changes(ACTOR, HistoryKind.HOLD_EXPIRY, unit, before, unit.values(), null, null));
        outbox.queueUnit(CatalogEditService.state(unit), OutboxLane.BATCH);
        return true;
    }
}
