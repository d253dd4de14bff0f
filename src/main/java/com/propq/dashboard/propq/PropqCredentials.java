package com.propq.dashboard.propq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether PropQ refuses our credentials even with a fresh token (the client id or secret is wrong): a fact about
 * the connection, shown on its page and kept in {@code propq_credentials}, one row shared by every instance. The
 * delivery engine is what sees the refusals and the acceptances, and reports both here.
 */
@Component
public class PropqCredentials {

    /** How long an instance that has not seen a refusal goes without looking for another instance's flag. */
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * Whether the flag may be set: true at start and after a refusal. Keeps {@link #accepted()}, called for every
     * batch of accepted calls, from writing anything while the credentials are fine, the usual case.
     */
    private final AtomicBoolean maybeRefused = new AtomicBoolean(true);

    private volatile Instant recheckAt = Instant.MIN;

    PropqCredentials(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** PropQ refused even a fresh token: flags the credentials (keeping the first refusal's time). */
    public void refused(Instant at) {
        jdbc.sql("update propq_credentials set refused_since = coalesce(refused_since, :at) where id = 1")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        maybeRefused.set(true);
    }

    /** PropQ accepted a call: the credentials work, the flag clears. Cheap when there is nothing to clear. */
    public void accepted() {
        var now = clock.instant();
        if (!maybeRefused.getAndSet(false) && now.isBefore(recheckAt)) {
            return;
        }
        recheckAt = now.plus(RECHECK);
        try {
            jdbc.sql("update propq_credentials set refused_since = null where id = 1 and refused_since is not null")
                    .update();
        } catch (RuntimeException e) {
            maybeRefused.set(true);
            throw e;
        }
    }

    /** Since when PropQ refuses even a fresh token; null when it does not. */
    public @Nullable Instant refusedSince() {
        return jdbc.sql("select refused_since from propq_credentials where id = 1 and refused_since is not null")
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
