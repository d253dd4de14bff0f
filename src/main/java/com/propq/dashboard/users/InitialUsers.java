package com.propq.dashboard.users;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.infra.AppMode;
import com.propq.dashboard.infra.StartupMarkers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure nobody is locked out of a new installation: the first start with no users creates
 * the first admin ({@code app.admin.username}, {@code admin} by default); in demo mode also the demo agent and
 * reviewer. Every start outside demo mode disables the demo's accounts: their passwords are public.
 */
@Component
@Order(10)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final AppUserRepository users;
    private final Passwords passwords;
    private final StartupMarkers markers;
    private final AppMode mode;
    private final Clock clock;
    private final HistoryWriter history;
    private final String initialAdminPassword;
    // Not the well-known "admin" in a live install, so a stranger has no name to aim lockouts and guesses at.
    private final String adminUsername;

    InitialUsers(
            AppUserRepository users,
            Passwords passwords,
            StartupMarkers markers,
            AppMode mode,
            Clock clock,
            HistoryWriter history,
            @Value("${app.admin.initial-password:}") String initialAdminPassword,
            @Value("${app.admin.username:admin}") String adminUsername) {
        this.adminUsername = adminUsername.strip();
        this.history = history;
        this.users = users;
        this.passwords = passwords;
        this.markers = markers;
        this.mode = mode;
        this.clock = clock;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // The marker serialises concurrent first starts of several instances on one database.
        if (markers.claim("first-admin") && users.count() == 0) {
            createFirstAdmin();
        }
        if (mode.isDemo() && markers.claim("demo-users")) {
            var demo = DemoAccounts.DEFAULT;
            createIfAbsent(demo.agentUsername(), "Demo Agent", demo.agentPassword(), Role.AGENT);
            createIfAbsent(demo.reviewerUsername(), "Demo Reviewer", demo.reviewerPassword(), Role.REVIEWER);
        }
        if (!mode.isDemo()) {
            disableDemoAccounts();
        }
    }

    private void disableDemoAccounts() {
        var now = clock.instant();
        var disabled = new ArrayList<String>();
        for (var user : users.findByDemoAccountTrueAndEnabledTrue()) {
            user.setEnabled(false, now);
            user.endAllSessions();
            history.record(HistoryEntry.userChange(
                    HistoryEntry.systemActor("demo-mode-off"),
                    user.getId(),
                    user.getUsername(),
                    "enabled",
                    "true",
                    "false"));
            disabled.add(user.getUsername());
        }
        if (!disabled.isEmpty()) {
            log.warn(
                    "Demo mode is off: disabled the demo accounts {}, whose passwords are public; "
                            + "an admin may give them new passwords and enable them again",
                    disabled);
        }
    }

    private void createFirstAdmin() {
        boolean generated = initialAdminPassword.isBlank();
        var admin = new AppUser(adminUsername, "Administrator", Set.of(Role.ADMIN), clock.instant());
        String password;
        if (generated) {
            password = passwords.newTemporary(admin);
        } else {
            // The same rules as every other password: a weak APP_ADMIN_INITIAL_PASSWORD stops the start.
            password = initialAdminPassword;
            passwords.set(admin, password, false);
        }
        users.save(admin);
        if (generated) {
            // Printed once, on purpose: it is the only way into a fresh installation without configuration.
            log.warn(
                    "Created the first admin user '{}' with the one-time password: {} "
                            + "(set APP_ADMIN_INITIAL_PASSWORD to choose it instead)",
                    adminUsername,
                    password);
        } else {
            log.info(
                    "Created the first admin user '{}' with the password from APP_ADMIN_INITIAL_PASSWORD",
                    adminUsername);
        }
    }

    private void createIfAbsent(String username, String displayName, String password, Role role) {
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            var user = new AppUser(username, displayName, Set.of(role), clock.instant());
            passwords.set(user, password, false);
            user.setDemoAccount(true);
            users.save(user);
        }
    }
}
