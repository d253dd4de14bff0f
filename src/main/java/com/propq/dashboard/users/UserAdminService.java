package com.propq.dashboard.users;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and roles, for admins: every change is checked here (roles, the last admin, the password
 * rules) and written to the change history in the same transaction.
 */
@Service
@Transactional
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

    /** How far back the users list counts failed sign-ins: long enough to show a pattern of guessing. */
    public static final Duration RECENT_FAILURES = Duration.ofDays(7);

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private final AppUserRepository users;
    private final Passwords passwords;
    private final HistoryWriter history;
    private final SignInLog signInLog;
    private final SignInThrottle throttle;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserAdminService(
            AppUserRepository users,
            Passwords passwords,
            HistoryWriter history,
            SignInLog signInLog,
            SignInThrottle throttle,
            JdbcClient jdbc,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.history = history;
        this.signInLog = signInLog;
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users(UserFilter filter, int offset, int limit) {
        var now = clock.instant();
        int size = Math.max(1, limit);
        var page = users.findAll(
                        UserSpecifications.matching(filter, now),
                        PageRequest.of(offset / size, size, Sort.by("username")))
                .getContent();
        var activity = signInLog.activity(page.stream().map(AppUser::getId).toList(), now.minus(RECENT_FAILURES));
        return page.stream()
                .map(u -> summary(u, now, activity.getOrDefault(u.getId(), SignInActivity.NONE)))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countUsers(UserFilter filter) {
        return Math.toIntExact(users.count(UserSpecifications.matching(filter, clock.instant())));
    }

    /** Creates the user with a temporary password, to be changed at the first sign-in. */
    public TemporaryPassword createUser(NewUser request) {
        var username = request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRuleException("users.error.username-invalid");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new AccountRuleException("users.error.username-taken", username);
        }
        var displayName = required(request.displayName(), "users.error.display-name-required");
        var roles = atLeastOneRole(request.roles());
        var user = new AppUser(username, displayName, roles, clock.instant());
        user.setEmail(email(request.email()), clock.instant());
        user.setLanguage(UserLanguages.of(request.language()).getLanguage(), clock.instant());
        var password = passwords.newTemporary(user);
        users.save(user);
        String actor = Actors.current();
        history.recordAll(List.of(
                HistoryEntry.userChange(actor, user.getId(), username, "created", null, displayName),
                HistoryEntry.userChange(actor, user.getId(), username, "roles", null, format(roles))));
        return new TemporaryPassword(username, password);
    }

    public void changeRoles(long userId, Set<Role> newRoles) {
        var roles = atLeastOneRole(newRoles);
        var user = find(userId);
        var old = user.getRoles();
        if (old.equals(roles)) {
            return;
        }
        if (old.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && user.isEnabled()) {
            refuseIfLastAdmin();
        }
        user.setRoles(roles, clock.instant());
        record(user, "roles", format(old), format(roles));
    }

    /** A disabled user cannot sign in, and their open sessions end at their next request. */
    public void setEnabled(long userId, boolean enabled) {
        var user = find(userId);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled && user.getRoles().contains(Role.ADMIN)) {
            refuseIfLastAdmin();
        }
        user.setEnabled(enabled, clock.instant());
        record(user, "enabled", Boolean.toString(!enabled), Boolean.toString(enabled));
    }

    /** A new temporary password; the user's open sessions end and the next sign-in must change it. */
    public TemporaryPassword resetPassword(long userId) {
        var user = find(userId);
        var password = passwords.newTemporary(user);
        user.endAllSessions();
        // Its password is no longer the one the README prints: an ordinary account from now on.
        user.setDemoAccount(false);
        record(user, "password", null, "reset");
        return new TemporaryPassword(user.getUsername(), password);
    }

    public void unlock(long userId) {
        var user = find(userId);
        var lockedUntil = user.getLockedUntil();
        throttle.unlockAccount(user.getId());
        if (lockedUntil == null && user.getFailedAttempts() == 0) {
            return;
        }
        user.clearFailedSignIns();
        String actor = Actors.current();
        signInLog.record(user.getUsername(), user.getId(), SignInLog.Kind.UNLOCKED, "by " + actor);
        record(user, "locked_until", lockedUntil == null ? null : lockedUntil.toString(), null);
    }

    /**
     * Serialises every change that could take away an admin (the database trigger takes the same
     * lock), then counts: two admins disabling each other at once cannot both succeed.
     */
    private void refuseIfLastAdmin() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('app_user:admins'))")
                .query()
                .listOfRows();
        if (users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountRuleException("users.error.last-admin");
        }
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new AccountRuleException("users.error.not-found"));
    }

    private void record(AppUser user, String field, @Nullable String oldValue, @Nullable String newValue) {
        history.record(
                HistoryEntry.userChange(Actors.current(), user.getId(), user.getUsername(), field, oldValue, newValue));
    }

    private static UserSummary summary(AppUser u, Instant now, SignInActivity signIns) {
        return new UserSummary(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.getRoles(),
                u.getLanguage(),
                u.isEnabled(),
                u.isMustChangePassword(),
                u.getFailedAttempts(),
                u.isLockedAt(now) ? u.getLockedUntil() : null,
                signIns);
    }

    static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static Set<Role> atLeastOneRole(@Nullable Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRuleException("users.error.no-role");
        }
        return EnumSet.copyOf(roles);
    }

    static String required(@Nullable String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new AccountRuleException(messageKey);
        }
        return value.strip();
    }

    private static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var trimmed = email.strip();
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+")) {
            throw new AccountRuleException("users.error.email-invalid");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
