package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in over real HTTP, with the limits set lower than the defaults (3 attempts, 7 minutes) to
 * prove they are read from configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.security.max-failed-sign-ins=3", "app.security.lockout-duration=7m"})
class SignInProtectionTest {

    static final String REFUSED = "302 /login?error";

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConfiguredNumberOfFailedSignInsLocksTheAccountForTheConfiguredTime() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);

        Instant before = Instant.now();
        for (int i = 0; i < 3; i++) {
            assertThat(browser.signIn(username, "wrong password " + i)).isEqualTo(REFUSED);
        }
        Instant after = Instant.now();

        var user = accounts.load(id);
        assertThat(user.getLockedUntil()).isBetween(before.plus(Duration.ofMinutes(7)),
                after.plus(Duration.ofMinutes(7)));
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).as("right password while locked")
                .isEqualTo(REFUSED);
        assertThat(accounts.signInEvents(username)).containsExactly("FAILED", "FAILED", "FAILED", "LOCKED", "FAILED");
        assertThat(accounts.history(id, "locked_until")).singleElement().asString().startsWith("system:sign-in: ∅ -> ");
    }

    @Test
    void theSignInPageAnswersAlikeForAnUnknownUserAWrongPasswordALockedAndADisabledAccount() {
        var locked = TestAccounts.uniqueName("locked");
        accounts.create(locked, Role.AGENT);
        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where username = :u")
                .param("u", locked).update();
        var disabled = TestAccounts.uniqueName("disabled");
        accounts.create(disabled, Role.AGENT);
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", disabled).update();
        var known = TestAccounts.uniqueName("known");
        accounts.create(known, Role.AGENT);

        assertThat(new SignInClient(port).signIn(TestAccounts.uniqueName("nobody"), TestAccounts.PASSWORD))
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port).signIn(known, "a wrong password")).isEqualTo(REFUSED);
        assertThat(new SignInClient(port).signIn(locked, TestAccounts.PASSWORD)).isEqualTo(REFUSED);
        assertThat(new SignInClient(port).signIn(disabled, TestAccounts.PASSWORD)).isEqualTo(REFUSED);
        assertThat(new SignInClient(port).signIn(known, TestAccounts.PASSWORD)).isEqualTo("302 /");
    }

    @Test
    void aFailedAttemptForAnUnknownUsernameIsRecordedWithoutAnAccount() {
        var nobody = TestAccounts.uniqueName("nobody");

        new SignInClient(port).signIn(nobody, "whatever password");

        assertThat(jdbc.sql("select count(*) from sign_in_event where username = :u and kind = 'FAILED' "
                + "and user_id is null").param("u", nobody).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailedAttempts() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        browser.signIn(username, "wrong password 1");
        browser.signIn(username, "wrong password 2");

        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");

        assertThat(accounts.load(id).getFailedAttempts()).isZero();
        assertThat(accounts.signInEvents(username)).containsExactly("FAILED", "FAILED", "SIGNED_IN");
    }

    @Test
    void aLockThatHasRunOutLetsTheUserInAndTheCountStartsAgain() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        jdbc.sql("update app_user set failed_attempts = 3, locked_until = now() - interval '1 second' where id = :id")
                .param("id", id).update();
        var browser = new SignInClient(port);

        assertThat(browser.signIn(username, "wrong password")).isEqualTo(REFUSED);
        var user = accounts.load(id);
        assertThat(user.getFailedAttempts()).isEqualTo(1);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");
    }

    @Test
    void anUnlockedAccountCanSignInAtOnce() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        for (int i = 0; i < 3; i++) {
            browser.signIn(username, "wrong password " + i);
        }
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo(REFUSED);

        unlockAsAnAdmin(id);

        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");
    }

    @Autowired UserAdminService admin;

    private void unlockAsAnAdmin(long id) {
        accounts.as(TestAccounts.uniqueName("boss"), () -> {
            admin.unlock(id);
            return null;
        }, Role.ADMIN);
    }
}
