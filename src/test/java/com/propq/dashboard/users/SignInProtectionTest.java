package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
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
@TestPropertySource(
        properties = {
            "app.security.max-failed-sign-ins=3",
            "app.security.lockout-duration=7m",
            "app.security.address-slow-down-after=10",
            "app.security.address-max-failed-sign-ins=30",
            "app.api.enabled=true",
            "server.forward-headers-strategy=native",
            "server.servlet.session.cookie.secure=true"
        })
class SignInProtectionTest {

    static final String REFUSED = "302 /login?error";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConfiguredNumberOfFailedSignInsLocksTheAccountForTheConfiguredTime() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = browser();

        Instant before = Instant.now();
        for (int i = 0; i < 3; i++) {
            assertThat(browser.signIn(username, "wrong password " + i)).isEqualTo(REFUSED);
        }
        Instant after = Instant.now();

        var user = accounts.load(id);
        assertThat(user.getLockedUntil())
                .isBetween(before.plus(Duration.ofMinutes(7)), after.plus(Duration.ofMinutes(7)));
        assertThat(browser.signIn(username, TestAccounts.PASSWORD))
                .as("right password while locked")
                .isEqualTo(REFUSED);
        assertThat(accounts.signInEvents(username)).containsExactly("FAILED", "FAILED", "FAILED", "LOCKED", "FAILED");
        assertThat(accounts.history(id, "locked_until"))
                .singleElement()
                .asString()
                .startsWith("system:sign-in: ∅ -> ");
    }

    @Test
    void theUsersListShowsEachUsersLastSignInAndTheFailedAttemptsOfThePastWeekEvenAfterAGoodOne() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        jdbc.sql("""
                        insert into sign_in_event (occurred_at, username, user_id, kind)
                        values (now() - interval '8 days', :u, :id, 'FAILED')""").param("u", username).param("id", id).update();
        assertThat(listedForAnAdmin(username).signIns())
                .as("only a failure older than a week")
                .isEqualTo(SignInActivity.NONE);

        assertThat(browser().signIn(username, "wrong password 1")).isEqualTo(REFUSED);
        assertThat(browser().signIn(username, "wrong password 2")).isEqualTo(REFUSED);
        Instant before = Instant.now();
        assertThat(browser().signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");
        Instant after = Instant.now();
        assertThat(browser().signIn(username, "wrong password 3")).isEqualTo(REFUSED);

        var user = listedForAnAdmin(username);
        assertThat(user.signIns().lastSignIn()).isBetween(before, after);
        assertThat(user.signIns().recentFailures()).isEqualTo(3);
        assertThat(user.failedSignIns())
                .as("towards the next lockout, counted since the good sign-in")
                .isEqualTo(1);
    }

    @Test
    void fiftyWrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother() {
        var owner = TestAccounts.uniqueName("owner");
        accounts.create(owner, Role.ADMIN);
        var stranger = new SignInClient(port, "127.0.0.2");

        for (int i = 0; i < 50; i++) {
            assertThat(stranger.signIn(owner, "guess number " + i)).isEqualTo(REFUSED);
        }

        assertThat(stranger.signIn(owner, TestAccounts.PASSWORD))
                .as("the guessing address stays locked out")
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port, "127.0.0.1").signIn(owner, TestAccounts.PASSWORD))
                .isEqualTo("302 /");
    }

    @Test
    void behindATrustedProxyTheForwardedClientAddressIsTheOneThrottled() {
        var owner = TestAccounts.uniqueName("owner");
        accounts.create(owner, Role.ADMIN);
        var stranger = browser().forwardedFor("203.0.113.9");

        for (int i = 0; i < 5; i++) {
            assertThat(stranger.signIn(owner, "guess number " + i)).isEqualTo(REFUSED);
        }

        assertThat(stranger.signIn(owner, TestAccounts.PASSWORD)).isEqualTo(REFUSED);
        assertThat(browser().forwardedFor("198.51.100.7").signIn(owner, TestAccounts.PASSWORD))
                .isEqualTo("302 /");
    }

    @Test
    void withTheSecureSettingTheSessionCookieTravelsOnlyOverHttps() {
        assertThat(browser().cookiesSetBy("/login"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("Secure");
    }

    @Test
    void anAddressThatKeepsFailingWhateverTheAccountIsSlowedDownThenRefused() {
        var agent = TestAccounts.uniqueName("agent");
        accounts.create(agent, Role.AGENT);
        var sprayer = new SignInClient(port, "127.0.0.3");

        for (int i = 0; i < 30; i++) {
            assertThat(sprayer.signIn(TestAccounts.uniqueName("guess"), "guess number " + i))
                    .isEqualTo(REFUSED);
        }

        assertThat(sprayer.signIn(agent, TestAccounts.PASSWORD))
                .as("even a right password from there")
                .isEqualTo(REFUSED);
        assertThat(jdbc.sql("select refused_until > now() from sign_in_address where client_address = '127.0.0.3'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(new SignInClient(port, "127.0.0.1").signIn(agent, TestAccounts.PASSWORD))
                .isEqualTo("302 /");
    }

    @Test
    void theUnitApisBasicSignInCountsTowardsTheSameLimits() {
        var agent = TestAccounts.uniqueName("agent");
        long id = accounts.create(agent, Role.AGENT);
        var client = new SignInClient(port, "127.0.0.4");

        for (int i = 0; i < 3; i++) {
            client.basic("/api/v1/units/1", agent, "wrong password " + i);
        }

        assertThat(client.signIn(agent, TestAccounts.PASSWORD)).isEqualTo(REFUSED);
        assertThat(accounts.history(id, "locked_until")).hasSize(1);
    }

    @Test
    void aPasswordStoredInAnyEncodingButBcryptNeverMatches() {
        var legacy = TestAccounts.uniqueName("legacy");
        accounts.create(legacy, Role.AGENT);
        jdbc.sql("update app_user set password_hash = '{noop}' || :p where username = :u")
                .param("p", TestAccounts.PASSWORD)
                .param("u", legacy)
                .update();

        assertThat(browser().signIn(legacy, TestAccounts.PASSWORD)).isEqualTo(REFUSED);
    }

    @Test
    void theSignInPageAnswersAlikeForAnUnknownUserAWrongPasswordALockedAndADisabledAccount() {
        var locked = TestAccounts.uniqueName("locked");
        accounts.create(locked, Role.AGENT);
        jdbc.sql("""
                        insert into sign_in_failure (user_id, client_address, failures, locked_until)
                        select id, '127.0.0.5', 3, now() + interval '1 hour' from app_user where username = :u""").param("u", locked).update();
        var disabled = TestAccounts.uniqueName("disabled");
        accounts.create(disabled, Role.AGENT);
        jdbc.sql("update app_user set enabled = false where username = :u")
                .param("u", disabled)
                .update();
        var known = TestAccounts.uniqueName("known");
        accounts.create(known, Role.AGENT);

        assertThat(new SignInClient(port, "127.0.0.5").signIn(TestAccounts.uniqueName("nobody"), TestAccounts.PASSWORD))
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port, "127.0.0.5").signIn(known, "a wrong password"))
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port, "127.0.0.5").signIn(locked, TestAccounts.PASSWORD))
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port, "127.0.0.5").signIn(disabled, TestAccounts.PASSWORD))
                .isEqualTo(REFUSED);
        assertThat(new SignInClient(port, "127.0.0.5").signIn(known, TestAccounts.PASSWORD))
                .isEqualTo("302 /");
    }

    @Test
    void aFailedAttemptForAnUnknownUsernameIsRecordedWithoutAnAccount() {
        var nobody = TestAccounts.uniqueName("nobody");

        browser().signIn(nobody, "whatever password");

        assertThat(jdbc.sql("select count(*) from sign_in_event where username = :u and kind = 'FAILED' "
                                + "and user_id is null")
                        .param("u", nobody)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailedAttempts() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = browser();
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
                .param("id", id)
                .update();
        var browser = browser();

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
        var browser = browser();
        for (int i = 0; i < 3; i++) {
            browser.signIn(username, "wrong password " + i);
        }
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo(REFUSED);

        unlockAsAnAdmin(id);

        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");
    }

    @Autowired
    UserAdminService admin;

    private static final AtomicInteger LAST_HOST = new AtomicInteger();

    /** Each test signs in from addresses of its own, so that one test's failures never slow another down. */
    private UserSummary listedForAnAdmin(String username) {
        return accounts.as(
                "admin",
                () -> admin.users(new UserFilter(username, null, null), 0, 10).getFirst(),
                Role.ADMIN);
    }

    private SignInClient browser() {
        return new SignInClient(port, "127.0.1." + LAST_HOST.incrementAndGet());
    }

    private void unlockAsAnAdmin(long id) {
        accounts.as(
                TestAccounts.uniqueName("boss"),
                () -> {
                    admin.unlock(id);
                    return null;
                },
                Role.ADMIN);
    }
}
