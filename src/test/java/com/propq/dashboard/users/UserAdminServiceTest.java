package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    String adminName;
    long adminId;

    @BeforeEach
    void signInAsAnAdmin() {
        adminName = TestAccounts.uniqueName("boss");
        adminId = accounts.create(adminName, Role.ADMIN);
        TestAccounts.signIn(adminName, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsAUserWithATemporaryPasswordThatMustBeChangedAtFirstSignIn() {
        var username = TestAccounts.uniqueName("new");
        var temporary = admin.createUser(
                new NewUser(username, "New Agent", "New@Example.com", Set.of(Role.AGENT, Role.REVIEWER), "es"));

        assertThat(temporary.username()).isEqualTo(username);
        assertThat(temporary.password()).hasSize(Passwords.TEMPORARY_LENGTH);
        var created = admin.users(new UserFilter(username, null, null), 0, 10);
        assertThat(created).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("New Agent");
            assertThat(u.email()).isEqualTo("new@example.com");
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.REVIEWER);
            assertThat(u.language()).isEqualTo("es");
            assertThat(u.mustChangePassword()).isTrue();
        });
        var user = accounts.load(created.getFirst().id());
        assertThat(encoder.matches(temporary.password(), user.getPasswordHash()))
                .isTrue();
        assertThat(accounts.history(user.getId(), "roles")).containsExactly(adminName + ": ∅ -> AGENT, REVIEWER");
        assertThat(accounts.history(user.getId(), "created")).containsExactly(adminName + ": ∅ -> New Agent");
    }

    @Test
    void aDemoAccountAnAdminGaveANewPasswordIsNoDemoAccountAnyMore() {
        var id = accounts.create(TestAccounts.uniqueName("demo"), Role.AGENT);
        jdbc.sql("update app_user set demo_account = true where id = :id")
                .param("id", id)
                .update();

        admin.resetPassword(id);

        assertThat(accounts.load(id).isDemoAccount()).isFalse();
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        var username = TestAccounts.uniqueName("taken");
        accounts.create(username, Role.AGENT);

        assertThatThrownBy(() -> admin.createUser(
                        new NewUser(username.toUpperCase(), "Someone", null, Set.of(Role.AGENT), "en")))
                .isInstanceOfSatisfying(
                        AccountRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.username-taken"));
    }

    @Test
    void refusesAUserWithoutARole() {
        assertThatThrownBy(() -> admin.createUser(
                        new NewUser(TestAccounts.uniqueName("norole"), "No Role", null, Set.of(), "en")))
                .isInstanceOfSatisfying(
                        AccountRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.no-role"));
    }

    @Test
    void changingRolesIsRecordedFromOldToNew() {
        long id = accounts.create(TestAccounts.uniqueName("agent"), Role.AGENT);

        admin.changeRoles(id, EnumSet.of(Role.AGENT, Role.ADMIN));

        assertThat(accounts.load(id).getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.ADMIN);
        assertThat(accounts.history(id, "roles")).containsExactly(adminName + ": AGENT -> ADMIN, AGENT");
    }

    @Test
    void disablingAndEnablingAreRecorded() {
        long id = accounts.create(TestAccounts.uniqueName("agent"), Role.AGENT);

        admin.setEnabled(id, false);
        assertThat(accounts.load(id).isEnabled()).isFalse();
        admin.setEnabled(id, true);

        assertThat(accounts.load(id).isEnabled()).isTrue();
        assertThat(accounts.history(id, "enabled"))
                .containsExactly(adminName + ": true -> false", adminName + ": false -> true");
    }

    @Test
    void resettingAPasswordGivesANewTemporaryOneAndEndsTheUsersSessions() {
        long id = accounts.create(TestAccounts.uniqueName("agent"), Role.AGENT);
        long epochBefore = accounts.load(id).getSessionEpoch();

        var temporary = admin.resetPassword(id);

        var user = accounts.load(id);
        assertThat(encoder.matches(temporary.password(), user.getPasswordHash()))
                .isTrue();
        assertThat(encoder.matches(TestAccounts.PASSWORD, user.getPasswordHash()))
                .isFalse();
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getSessionEpoch()).isGreaterThan(epochBefore);
        assertThat(accounts.history(id, "password")).containsExactly(adminName + ": ∅ -> reset");
    }

    @Test
    void theLastActiveAdminCannotLoseTheAdminRoleNorBeDisabledEvenByThemselves() {
        accounts.makeOnlyEnabledAdmin(adminId);

        assertThatThrownBy(() -> admin.changeRoles(adminId, Set.of(Role.AGENT)))
                .isInstanceOfSatisfying(
                        AccountRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.last-admin"));
        assertThatThrownBy(() -> admin.setEnabled(adminId, false))
                .isInstanceOfSatisfying(
                        AccountRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.last-admin"));
        var me = accounts.load(adminId);
        assertThat(me.isEnabled()).isTrue();
        assertThat(me.getRoles()).contains(Role.ADMIN);
    }

    @Test
    void anAdminMayStepDownWhileAnotherActiveAdminRemains() {
        accounts.makeOnlyEnabledAdmin(adminId);
        long other = accounts.create(TestAccounts.uniqueName("boss2"), Role.ADMIN);

        admin.changeRoles(adminId, Set.of(Role.AGENT));

        assertThat(accounts.load(adminId).getRoles()).containsExactly(Role.AGENT);
        assertThat(accounts.load(other).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theDatabaseRefusesToRemoveTheLastActiveAdminEvenByHand() {
        accounts.makeOnlyEnabledAdmin(adminId);

        assertThatThrownBy(() ->
                        tx.executeWithoutResult(s -> jdbc.sql("update app_user set enabled = false where id = :id")
                                .param("id", adminId)
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("last active admin");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("delete from app_user_role where user_id = :id")
                        .param("id", adminId)
                        .update()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("delete from app_user where id = :id")
                        .param("id", adminId)
                        .update()))
                .isInstanceOf(DataAccessException.class);
        assertThat(accounts.load(adminId).isEnabled()).isTrue();
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneAdminStanding() throws Exception {
        accounts.makeOnlyEnabledAdmin(adminId);
        var otherName = TestAccounts.uniqueName("boss2");
        long other = accounts.create(otherName, Role.ADMIN);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(disable(start, adminName, other));
            Future<Boolean> second = pool.submit(disable(start, otherName, adminId));
            start.countDown();

            assertThat(first.get() ^ second.get())
                    .as("exactly one of the two succeeds")
                    .isTrue();
            assertThat(accounts.load(adminId).isEnabled()
                            || accounts.load(other).isEnabled())
                    .isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> disable(CountDownLatch start, String actor, long target) {
        return () -> {
            start.await();
            try {
                accounts.as(
                        actor,
                        () -> {
                            admin.setEnabled(target, false);
                            return null;
                        },
                        Role.ADMIN);
                return true;
            } catch (AccountRuleException refused) {
                return false;
            }
        };
    }

    @Test
    void unlockingClearsTheLockAndIsRecorded() {
        var username = TestAccounts.uniqueName("locked");
        long id = accounts.create(username, Role.AGENT);
        jdbc.sql("update app_user set failed_attempts = 5, locked_until = now() + interval '10 minutes' where id = :id")
                .param("id", id)
                .update();
        assertThat(admin.users(new UserFilter(username, null, UserFilter.UserState.LOCKED), 0, 10))
                .hasSize(1);

        admin.unlock(id);

        var user = accounts.load(id);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedAttempts()).isZero();
        assertThat(accounts.signInEvents(username)).containsExactly("UNLOCKED");
        assertThat(accounts.history(id, "locked_until"))
                .singleElement()
                .asString()
                .startsWith(adminName + ": ")
                .endsWith(" -> ∅");
    }

    @Test
    void filtersByTextRoleAndState() {
        var tag = TestAccounts.uniqueName("flt");
        long agent = accounts.create(tag + "-agent", Role.AGENT);
        long reviewer = accounts.create(tag + "-reviewer", Role.REVIEWER);
        admin.setEnabled(reviewer, false);

        assertThat(admin.users(new UserFilter(tag, null, null), 0, 10))
                .extracting(UserSummary::id)
                .containsExactly(agent, reviewer);
        assertThat(admin.countUsers(new UserFilter(tag.toUpperCase(), null, null)))
                .isEqualTo(2);
        assertThat(admin.users(new UserFilter(tag, Role.REVIEWER, null), 0, 10))
                .extracting(UserSummary::id)
                .containsExactly(reviewer);
        assertThat(admin.users(new UserFilter(tag, null, UserFilter.UserState.ACTIVE), 0, 10))
                .extracting(UserSummary::id)
                .containsExactly(agent);
        assertThat(admin.users(new UserFilter(tag, null, UserFilter.UserState.DISABLED), 0, 10))
                .extracting(UserSummary::id)
                .containsExactly(reviewer);
        assertThat(admin.users(new UserFilter("%", null, null), 0, 100)).isEmpty();
    }
}
