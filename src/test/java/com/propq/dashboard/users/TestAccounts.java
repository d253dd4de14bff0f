package com.propq.dashboard.users;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Real accounts in the test database, and signing in as one of them in the test thread. */
@Component
class TestAccounts {

    static final String PASSWORD = "correct horse battery";

    private final AppUserRepository users;
    private final Passwords passwords;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;
    // A bcrypt hash costs tens of milliseconds on purpose; the same password's hash serves every test account.
    private volatile @Nullable String passwordHash;

    TestAccounts(AppUserRepository users, Passwords passwords, TransactionTemplate tx, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A name no other test uses, so tests share one database without seeing each other's users. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long create(String username, Role... roles) {
        return tx.execute(status -> {
            var user = new AppUser(username, "Test " + username, EnumSet.copyOf(Arrays.asList(roles)), clock.instant());
            var hash = passwordHash;
            if (hash == null) {
                passwords.set(user, PASSWORD, false);
                passwordHash = user.getPasswordHash();
            } else {
                user.setPassword(hash, false, clock.instant());
            }
            return users.save(user).getId();
        });
    }

    AppUser load(long id) {
        return tx.execute(status -> {
            var user = users.findById(id).orElseThrow();
            user.getRoles();
            return user;
        });
    }

    /** Leaves {@code keep} as the only enabled admin, so last-admin rules can be tried. */
    void makeOnlyEnabledAdmin(long keep) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    update app_user set enabled = false where id <> :keep and id in
                        (select user_id from app_user_role where role = 'ADMIN')""").param("keep", keep).update();
            jdbc.sql("update app_user set enabled = true where id = :keep")
                    .param("keep", keep)
                    .update();
        });
    }

    List<String> history(long userId, String field) {
        return jdbc.sql("""
                        select actor || ': ' || coalesce(old_value, '∅') || ' -> ' || coalesce(new_value, '∅')
                        from change_history where entity_type = 'USER' and entity_id = :id and field = :field
                        order by id""")
                .param("id", userId)
                .param("field", field)
                .query(String.class)
                .list();
    }

    List<String> signInEvents(String username) {
        return jdbc.sql("select kind from sign_in_event where lower(username) = lower(:u) order by id")
                .param("u", username)
                .query(String.class)
                .list();
    }

    /** Signs the test thread in as this user with these roles, as a session would hold them. */
    static void signIn(String username, Role... roles) {
        var authorities = AccountAuthorities.granted(Set.of(roles), false);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    <T> T as(String username, Supplier<T> action, Role... roles) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn(username, roles);
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
