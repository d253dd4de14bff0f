package com.propq.dashboard.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads how far the delivery batches have reached PropQ, and forgets finished ones. */
@Component
class DeliveryProgressQueries {

    /** The pace is PropQ's over this much of the recent past. */
    static final Duration PACE_WINDOW = Duration.ofSeconds(30);

    private final JdbcClient jdbc;

    DeliveryProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement: the unfinished batches' queued rows (read from the batch index, so its cost follows what is
     * still queued, not the outbox), their sizes, and the deliveries within the pace window (the log's time index),
     * per development and for all.
     */
    DeliveryProgressBoard board() {
        var byDevelopment = new HashMap<Long, DeliveryProgress>();
        var all = new DeliveryProgress[] {DeliveryProgress.NONE};
        jdbc.sql("""
                        with queued as (
                            select batch_id, count(*) filter (where state <> 'PARKED') as waiting
                            from outbox where batch_id is not null group by batch_id),
                        unfinished as (
                            select b.development_id, b.unit_count, b.created_at, q.waiting
                            from queued q join delivery_batch b on b.id = q.batch_id
                            where q.waiting > 0),
                        progress as (
                            select development_id, sum(unit_count) as total, sum(waiting) as waiting,
                                   greatest(min(created_at), now() - :windowSeconds * interval '1 second') as since
                            from unfinished group by grouping sets ((development_id), ()))
                        select p.development_id, p.total, p.waiting,
                               (select count(*) from delivery_log l
                                where l.attempted_at > p.since and l.outcome = 'DELIVERED'
                                  and (p.development_id is null or l.development_id = p.development_id)),
                               cast(extract(epoch from now() - p.since) * 1000 as bigint)
                        from progress p where p.total is not null""").param("windowSeconds", PACE_WINDOW.toSeconds()).query((ResultSet rs) -> {
            var progress = progress(rs);
            var developmentId = rs.getLong(1);
            if (rs.wasNull()) {
                all[0] = progress;
            } else {
                byDevelopment.put(developmentId, progress);
            }
        });
        return new DeliveryProgressBoard(byDevelopment, all[0]);
    }

    private static DeliveryProgress progress(ResultSet rs) throws SQLException {
        return new DeliveryProgress(
                rs.getLong(2), rs.getLong(3), rs.getLong(4), Duration.ofMillis(Math.max(0, rs.getLong(5))));
    }

    /** Batches queued before the cutoff of which nothing is queued any more. */
    int deleteFinishedBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from delivery_batch b where b.created_at < :cutoff
                        and not exists (select 1 from outbox o where o.batch_id = b.id)""")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
    }
}
