package com.propq.dashboard.publish;

import com.propq.dashboard.base.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The publish tables' SQL, in one place; callers own the transactions. */
@Repository
class PublishRepository {

    private static final String REQUEST_COLUMNS = "r.id, r.development_id, r.propq_development_id, "
            + "r.development_name, r.requested_by, r.requested_at, r.state, r.finished_at, r.error, r.last_status";

    private final JdbcClient jdbc;

    PublishRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- requests ----------------------------------------------------------------------------------------------

    Optional<Long> inProgress(long developmentId) {
        return jdbc.sql(
                        "select id from publish_request where development_id = :id and state in ('QUEUED', 'PUBLISHING')")
                .param("id", developmentId)
                .query(Long.class)
                .optional();
    }

    long insert(long developmentId, String propqDevelopmentId, String developmentName, String requestedBy) {
        return jdbc.sql("""
                        insert into publish_request (development_id, propq_development_id, development_name, requested_by)
                        values (:developmentId, :propqId, :name, :user) returning id""")
                .param("developmentId", developmentId)
                .param("propqId", propqDevelopmentId)
                .param("name", developmentName)
                .param("user", requestedBy)
                .query(Long.class)
                .single();
    }

    /**
     * PropQ accepted the publish: polling starts after the initial delay. A QUEUED request moves, and so does a
     * FAILED one whose parked publish an admin sent again (unless a newer request of the development is under
     * way). Its status is then asked of the development id PropQ accepted (a fixed id, after a refusal).
     * Answers the state the request left, if it moved.
     */
    Optional<PublishState> accepted(long requestId, String propqDevelopmentId, Duration firstPoll) {
        return jdbc.sql("""
                        update publish_request r set state = 'PUBLISHING', accepted_at = now(), finished_at = null,
                            error = null, propq_development_id = :propqId, next_poll_at = now() + :ms * interval '1 millisecond', updated_at = now()
                        from publish_request previous
                        where r.id = :id and previous.id = r.id
                          and (r.state = 'QUEUED'
                               or (r.state = 'FAILED' and not exists (
                                       select 1 from publish_request o
                                       where o.development_id = r.development_id
                                         and o.state in ('QUEUED', 'PUBLISHING'))))
                        returning previous.state""")
                .param("id", requestId)
                .param("propqId", propqDevelopmentId)
                .param("ms", firstPoll.toMillis())
                .query((rs, n) -> PublishState.valueOf(rs.getString(1)))
                .optional();
    }

    /**
     * The DevStatus PropQ's answer to the publish call carried: the request's first status event (source
     * {@code PUBLISH}). It does not finish the request: polling confirms the status, whatever it is.
     */
    void answeredByPublish(long requestId, String status) {
        jdbc.sql("update publish_request set last_status = :status, updated_at = now() where id = :id")
                .param("id", requestId)
                .param("status", status)
                .update();
        recordStatus(requestId, status, "PUBLISH");
    }

    /** PropQ refused the publish itself (the outbox parked it). */
    boolean refused(long requestId, String error) {
        return jdbc.sql("""
                        update publish_request set state = 'FAILED', finished_at = now(), error = :error,
                            next_poll_at = null, updated_at = now()
                        where id = :id and state in ('QUEUED', 'PUBLISHING')""").param("id", requestId).param("error", error).update() == 1;
    }

    // --- polling -----------------------------------------------------------------------------------------------

    /**
     * Claims due PUBLISHING requests in one statement that commits at once, so the status calls that follow hold
     * no transaction. SKIP LOCKED and the lease let any number of instances poll side by side without asking
     * twice for the same request; a crashed instance's claims are taken again when their lease ends, and the
     * schedule lives in the table, so polling resumes after a restart where it stopped.
     */
    List<ClaimedRequest> claimDue(int limit, Duration lease, UUID token) {
        return jdbc.sql("""
                        with due as (
                            select id from publish_request
                            where state = 'PUBLISHING' and next_poll_at <= now()
                              and (locked_until is null or locked_until < now())
                            order by next_poll_at, id
                            limit :limit
                            for update skip locked)
                        update publish_request r
                        set locked_until = now() + :leaseMs * interval '1 millisecond', claim_token = :token
                        from due where r.id = due.id
                        returning r.id, r.development_id, r.propq_development_id, r.development_name, r.poll_attempts""")
                .param("limit", limit)
                .param("leaseMs", lease.toMillis())
                .param("token", token)
                .query((rs, n) -> new ClaimedRequest(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), token))
                .list();
    }

    /**
     * Records one observed DevStatus, only if the claim is still ours (a poller whose lease ran out records
     * nothing, so no observation is stored twice): PUBLISHING schedules the next poll, or times the request out
     * past {@code timeout}; anything else finishes it. Answers the request's new state, or empty if not ours.
     */
    Optional<PublishState> observed(ClaimedRequest claim, String status, Duration nextPoll, Duration timeout) {
        var state = jdbc.sql("""
                        with decided as (
                            select id, case when cast(:status as text) <> 'PUBLISHING' then 'FINISHED'
                                            when accepted_at + :timeoutMs * interval '1 millisecond' <= now()
                                                then 'TIMED_OUT'
                                            else 'PUBLISHING' end as state
                            from publish_request where id = :id)
                        update publish_request r
                        set last_status = :status, poll_attempts = poll_attempts + 1, state = d.state,
                            finished_at = case when d.state <> 'PUBLISHING' then now() end,
                            error = case when d.state = 'TIMED_OUT' then :timeoutError else r.error end,
                            next_poll_at = case when d.state = 'PUBLISHING'
                                                then now() + :nextMs * interval '1 millisecond' end,
                            locked_until = null, claim_token = null, updated_at = now()
                        from decided d
                        where r.id = d.id and r.claim_token = :token and r.state = 'PUBLISHING'
                        returning r.state""")
                .param("status", status)
                .param("timeoutMs", timeout.toMillis())
                .param("nextMs", nextPoll.toMillis())
                .param("timeoutError", "Still PUBLISHING after " + timeout)
                .param("id", claim.id())
                .param("token", claim.claimToken())
                .query(String.class)
                .optional();
        if (state.isEmpty()) {
            return Optional.empty();
        }
        recordStatus(claim.id(), status, "POLL");
        return state.map(PublishState::valueOf);
    }

    /** One row per distinct status, keeping the source that saw it first: a repeat only moves its last-seen time. */
    private void recordStatus(long requestId, String status, String source) {
        jdbc.sql("""
                        insert into publish_status_event (request_id, status, first_seen_at, last_seen_at, source)
                        values (:id, :status, now(), now(), :source)
                        on conflict (request_id, status) do update
                        set last_seen_at = excluded.last_seen_at,
                            observations = publish_status_event.observations + 1""")
                .param("id", requestId)
                .param("status", status)
                .param("source", source)
                .update();
    }

    /** No answer worth recording (PropQ down, timeout): ask again later, unless the request has timed out. */
    Optional<PublishState> retryLater(ClaimedRequest claim, String error, Duration nextPoll, Duration timeout) {
        return jdbc.sql("""
                        update publish_request
                        set poll_attempts = poll_attempts + 1,
                            state = case when accepted_at + :timeoutMs * interval '1 millisecond' <= now()
                                         then 'TIMED_OUT' else 'PUBLISHING' end,
                            finished_at = case when accepted_at + :timeoutMs * interval '1 millisecond' <= now()
                                               then now() end,
                            error = :error,
                            next_poll_at = case when accepted_at + :timeoutMs * interval '1 millisecond' > now()
                                                then now() + :nextMs * interval '1 millisecond' end,
                            locked_until = null, claim_token = null, updated_at = now()
                        where id = :id and claim_token = :token and state = 'PUBLISHING'
                        returning state""")
                .param("timeoutMs", timeout.toMillis())
                .param("nextMs", nextPoll.toMillis())
                .param("error", error)
                .param("id", claim.id())
                .param("token", claim.claimToken())
                .query(String.class)
                .optional()
                .map(PublishState::valueOf);
    }

    /** A permanent answer (404, 400, ...): the request fails with PropQ's answer and polling stops. */
    boolean failed(ClaimedRequest claim, String error) {
        return jdbc.sql("""
                        update publish_request set state = 'FAILED', finished_at = now(), error = :error,
                            next_poll_at = null, locked_until = null, claim_token = null, updated_at = now()
                        where id = :id and claim_token = :token and state = 'PUBLISHING'""")
                        .param("error", error)
                        .param("id", claim.id())
                        .param("token", claim.claimToken())
                        .update()
                == 1;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    List<PublishRequest> page(PublishFilter filter, int offset, int limit) {
        var where = where(filter);
        return where.bind(jdbc.sql("select " + REQUEST_COLUMNS + " from publish_request r where " + where.sql()
                        + " order by r.requested_at desc, r.id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query(PublishRepository::request)
                .list();
    }

    int count(PublishFilter filter) {
        var where = where(filter);
        return where.bind(jdbc.sql("select count(*) from publish_request r where " + where.sql()))
                .query(Integer.class)
                .single();
    }

    List<PublishRequest> ofDevelopment(long developmentId, int limit) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from publish_request r where r.development_id = :id "
                        + "order by r.requested_at desc, r.id desc limit :limit")
                .param("id", developmentId)
                .param("limit", limit)
                .query(PublishRepository::request)
                .list();
    }

    Map<Long, List<PublishStatusEvent>> steps(Collection<Long> requestIds) {
        var steps = new HashMap<Long, List<PublishStatusEvent>>();
        if (requestIds.isEmpty()) {
            return steps;
        }
        jdbc.sql("""
                        select request_id, status, first_seen_at, last_seen_at, observations, source
                        from publish_status_event where request_id in (:ids) order by first_seen_at, id""")
                .param("ids", requestIds)
                .query((rs, n) -> new PublishStatusEvent(
                        rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getInt(5), rs.getString(6)))
                .list()
                .forEach(e -> steps.computeIfAbsent(e.requestId(), k -> new ArrayList<>())
                        .add(e));
        return steps;
    }

    /** Each development's newest request, for the developments list: one indexed lookup per page. */
    Map<Long, PublishRequest> latest(Collection<Long> developmentIds) {
        var latest = new LinkedHashMap<Long, PublishRequest>();
        if (developmentIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select distinct on (r.development_id) " + REQUEST_COLUMNS + " from publish_request r "
                        + "where r.development_id in (:ids) order by r.development_id, r.requested_at desc, r.id desc")
                .param("ids", developmentIds)
                .query(PublishRepository::request)
                .list()
                .forEach(r -> latest.put(r.developmentId(), r));
        return latest;
    }

    /** Every development's latest request (developments never published have none). */
    java.util.List<PublishRequest> latestOfEveryDevelopment() {
        return jdbc.sql("select distinct on (r.development_id) " + REQUEST_COLUMNS + " from publish_request r "
                        + "order by r.development_id, r.requested_at desc, r.id desc")
                .query(PublishRepository::request)
                .list();
    }

    /** Changes whenever any request or status step does (each step also touches its request). */
    String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(updated_at)::text, '') from publish_request")
                .query(String.class)
                .single();
    }

    private static SqlWhere where(PublishFilter f) {
        return new SqlWhere()
                .and(
                        "(r.development_name ilike :development or r.propq_development_id ilike :development)",
                        "development",
                        f.development(),
                        SqlWhere::containing)
                .and("r.requested_by ilike :user", "user", f.user(), SqlWhere::containing)
                .and("r.state = :state", "state", f.state(), PublishState::name)
                .and("r.requested_at >= :from", "from", f.from(), Timestamp::from)
                .and("r.requested_at < :to", "to", f.to(), Timestamp::from);
    }

    private static PublishRequest request(ResultSet rs, int n) throws SQLException {
        return new PublishRequest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs, 6),
                PublishState.valueOf(rs.getString(7)),
                nullableInstant(rs, 8),
                rs.getString(9),
                rs.getString(10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
