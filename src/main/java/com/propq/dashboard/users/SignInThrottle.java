package com.propq.dashboard.users;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per client address ({@code sign_in_address}) and per account and address
 * ({@code sign_in_failure}), in the database so that every instance counts the same attempts.
 */
@Component
class SignInThrottle {

    // Slowed down: the n-th failure over the threshold makes the next attempt wait 2^n seconds, at most this long.
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountSecurityProperties limits;

    SignInThrottle(JdbcClient jdbc, AccountSecurityProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** Refused without looking at the password: the address is refused, or tries again too soon. */
    boolean refuses(String address, Instant now) {
        return jdbc.sql(
                        "select failures, last_failure_at, refused_until from sign_in_address where client_address = :a")
                .param("a", address)
                .query((rs, n) -> {
                    var refusedUntil = rs.getTimestamp("refused_until");
                    if (refusedUntil != null && refusedUntil.toInstant().isAfter(now)) {
                        return true;
                    }
                    int over = rs.getInt("failures") - limits.addressSlowDownAfter();
                    return over >= 0
                            && rs.getTimestamp("last_failure_at")
                                    .toInstant()
                                    .plus(wait(over))
                                    .isAfter(now);
                })
                .optional()
                .orElse(false);
    }

    private static Duration wait(int over) {
        return over >= 6 ? LONGEST_WAIT : Duration.ofSeconds(1L << over);
    }

    boolean lockedFor(long userId, String address, Instant now) {
        return jdbc.sql("""
                        select count(*) from sign_in_failure
                        where user_id = :u and client_address = :a and locked_until > :now""")
                        .param("u", userId)
                        .param("a", address)
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a failure of this address; refuses the address once it has failed too often lately. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAddressFailure(String address, Instant now) {
        int failures = jdbc.sql("""
                        insert into sign_in_address (client_address, failures, last_failure_at) values (:a, 1, :now)
                        on conflict (client_address) do update set
                            failures = case when sign_in_address.last_failure_at < :quietSince
                                             and coalesce(sign_in_address.refused_until, :now) <= :now
                                       then 1 else sign_in_address.failures + 1 end,
                            last_failure_at = :now
                        returning failures""")
                .param("a", address)
                .param("now", Timestamp.from(now))
                .param("quietSince", Timestamp.from(now.minus(limits.lockoutDuration())))
                .query(Integer.class)
                .single();
        if (failures >= limits.addressMaxFailedSignIns()) {
            // Every further attempt while refused extends the refusal.
            jdbc.sql("update sign_in_address set refused_until = :until where client_address = :a")
                    .param("a", address)
                    .param("until", Timestamp.from(now.plus(limits.lockoutDuration())))
                    .update();
        }
    }

    /** Counts a failure of this account from this address; the lock's end when this failure locked it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Instant> recordAccountFailure(long userId, String address, Instant now) {
        var count = jdbc.sql("""
                        insert into sign_in_failure (user_id, client_address, failures) values (:u, :a, 1)
                        on conflict (user_id, client_address) do update set
                            failures = case when sign_in_failure.locked_until <= :now then 1
                                       else sign_in_failure.failures + 1 end,
                            locked_until = case when sign_in_failure.locked_until <= :now then null
                                           else sign_in_failure.locked_until end
                        returning failures, locked_until is not null as locked""")
                .param("u", userId)
                .param("a", address)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getBoolean("locked") ? -1 : rs.getInt("failures"))
                .single();
        if (count < limits.maxFailedSignIns()) {
            return Optional.empty();
        }
        var until = now.plus(limits.lockoutDuration());
        jdbc.sql("update sign_in_failure set locked_until = :until where user_id = :u and client_address = :a")
                .param("u", userId)
                .param("a", address)
                .param("until", Timestamp.from(until))
                .update();
        return Optional.of(until);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void clearAccount(long userId, String address) {
        jdbc.sql("delete from sign_in_failure where user_id = :u and client_address = :a")
                .param("u", userId)
                .param("a", address)
                .update();
    }

    /** An admin's unlock: every address may try again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void unlockAccount(long userId) {
        jdbc.sql("delete from sign_in_failure where user_id = :u")
                .param("u", userId)
                .update();
    }
}
