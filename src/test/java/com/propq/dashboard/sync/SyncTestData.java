package com.propq.dashboard.sync;

import com.propq.dashboard.catalog.BulkAction;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Developments the sandbox knows (RO-DEV-<digits>), units created through the catalog, and a clean slate. */
final class SyncTestData {

    private final JdbcClient jdbc;
    private final CatalogEditService editing;

    SyncTestData(JdbcClient jdbc, CatalogEditService editing) {
        this.jdbc = jdbc;
        this.editing = editing;
    }

    /** No queued work, no log, a closed circuit and a fresh sandbox: each test starts from here. */
    void cleanSlate(PropqSandbox sandbox) {
        jdbc.sql("delete from outbox").update();
        jdbc.sql("delete from delivery_log").update();
        jdbc.sql("update sync_circuit set consecutive_failures = 0, unreachable_since = null, next_probe_at = null")
                .update();
        sandbox.reset();
    }

    Development development() {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        var id = jdbc.sql("insert into development (propq_id, name) values (:propqId, :name) returning id")
                .param("propqId", propqId)
                .param("name", "Sync Test " + propqId)
                .query(Long.class)
                .single();
        return new Development(id, propqId);
    }

    /**
     * Existing catalog data, never queued: {@code count} available units named prefix-0001 and on, written in one
     * statement, so whatever PropQ holds of them later came from the test's own outbox rows.
     */
    void existingUnits(Development development, String prefix, int count) {
        jdbc.sql("""
                        insert into unit (development_id, name, status, price, directions, created_at, updated_at)
                        select :d, :prefix || '-' || lpad(n::text, 4, '0'), 'AVAILABLE', 300000, '{S}', now(), now()
                        from generate_series(1, :count) n""")
                .param("d", development.id())
                .param("prefix", prefix)
                .param("count", count)
                .update();
    }

    /** A unit created through the catalog (which queues it for PropQ like any edit). */
    UnitDetails unit(Development development, String name) {
        return editing.createUnit(development.id(), name, values(new BigDecimal("300000")));
    }

    static UnitValues values(BigDecimal price) {
        return new UnitValues(
                UnitStatus.AVAILABLE,
                price,
                EnumSet.of(Direction.S, Direction.SW),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A bulk price change, by {@code amount}, of the development's first {@code count} units by name: as many
     * BATCH rows, all due now.
     */
    void bulkRaise(BulkEditService bulk, Development development, int count, BigDecimal amount, String label) {
        var ids = jdbc.sql("select id from unit where development_id = :d order by name limit :n")
                .param("d", development.id())
                .param("n", count)
                .query(Long.class)
                .list();
        bulk.apply(bulk.previewSelection(
                development.id(),
                ids,
                new BulkAction.ChangePrice(BulkAction.ChangePrice.Mode.AMOUNT, amount, BulkAction.Rounding.NONE),
                label));
    }

    /** Claim statements of the flusher that took rows, since the context started (its tests all add to it). */
    static double claimStatements(MeterRegistry registry) {
        return registry.get("propq.outbox.claims").counter().count();
    }

    record Development(long id, String propqId) {}
}
