package com.propq.dashboard.users;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The record of sign-ins, failed attempts, lockouts and unlocks ({@code sign_in_event}). */
@Component
class SignInLog {

    enum Kind { SIGNED_IN, FAILED, LOCKED, UNLOCKED }

    record Event(OffsetDateTime occurredAt, String username, @Nullable Long userId, Kind kind,
                 @Nullable String detail) {
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

    List<Event> latestFor(long userId, int limit) {
        return jdbc.sql("""
                        select occurred_at, username, user_id, kind, detail from sign_in_event
                        where user_id = :userId order by occurred_at desc, id desc limit :limit""")
                .param("userId", userId).param("limit", limit)
                .query((rs, n) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("username"), rs.getObject("user_id", Long.class),
                        Kind.valueOf(rs.getString("kind")), rs.getString("detail")))
                .list();
    }
}
