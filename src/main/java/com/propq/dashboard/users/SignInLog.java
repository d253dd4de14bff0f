package com.propq.dashboard.users;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of sign-ins, failed attempts, lockouts and unlocks ({@code sign_in_event}). */
@Component
class SignInLog {

    enum Kind {
        SIGNED_IN,
        FAILED,
        LOCKED,
        UNLOCKED
    }

    // A username field can hold anything a person pastes into it; keep the record bounded.
    private static final int MAX_USERNAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String username, @Nullable Long userId, Kind kind, @Nullable String detail) {
        var name = username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
        jdbc.sql("""
                        insert into sign_in_event (occurred_at, username, user_id, kind, detail)
                        values (:at, :username, :userId, :kind, :detail)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("username", name)
                .param("userId", userId, Types.BIGINT)
                .param("kind", kind.name())
                .param("detail", detail)
                .update();
    }

    /**
     * Each of these users' last sign-in and the failed attempts on their account since {@code failuresSince}, in one
     * query for a page of the users list; a user with neither is left out.
     */
    Map<Long, SignInActivity> activity(Collection<Long> userIds, Instant failuresSince) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select user_id,
                               max(occurred_at) filter (where kind = 'SIGNED_IN') as last_sign_in,
                               count(*) filter (where kind = 'FAILED' and occurred_at >= :since) as failures
                        from sign_in_event where user_id in (:ids) group by user_id""")
                .param("ids", userIds)
                .param("since", OffsetDateTime.ofInstant(failuresSince, ZoneOffset.UTC))
                .query((rs, n) -> {
                    var last = rs.getObject("last_sign_in", OffsetDateTime.class);
                    return Map.entry(
                            rs.getLong("user_id"),
                            new SignInActivity(last == null ? null : last.toInstant(), rs.getInt("failures")));
                })
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
