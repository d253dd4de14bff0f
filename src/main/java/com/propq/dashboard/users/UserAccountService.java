package com.propq.dashboard.users;

import com.propq.dashboard.history.Actors;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: who they are, their name, language and password. */
@Service
@Transactional
public class UserAccountService {

    private final AppUserRepository users;
    private final Passwords passwords;
    private final HistoryWriter history;
    private final Clock clock;

    UserAccountService(AppUserRepository users, Passwords passwords, HistoryWriter history, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.history = history;
        this.clock = clock;
    }

    /** Empty when nobody is signed in. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(authentication.getName())
                .map(u -> new CurrentUser(u.getUsername(), u.getDisplayName(), u.getRoles(),
                        UserLanguages.of(u.getLanguage())));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public void changeLanguage(Locale locale) {
        var user = me();
        var tag = UserLanguages.of(locale.getLanguage()).getLanguage();
        if (!tag.equals(user.getLanguage())) {
            record(user, "language", user.getLanguage(), tag);
            user.setLanguage(tag, clock.instant());
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
    public void changeDisplayName(String displayName) {
        var user = me();
        var name = UserAdminService.required(displayName, "users.error.display-name-required");
        if (!name.equals(user.getDisplayName())) {
            record(user, "display_name", user.getDisplayName(), name);
            user.setDisplayName(name, clock.instant());
        }
    }

    /**
     * Open to a user whose password is temporary (they hold no role until they have changed it),
     * which is why it asks only for a signed-in user.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = me();
        passwords.change(user, currentPassword, newPassword);
        record(user, "password", null, "changed");
    }

    private AppUser me() {
        return users.findByUsernameIgnoreCase(Actors.current())
                .orElseThrow(() -> new AccountRuleException("users.error.not-found"));
    }

    private void record(AppUser user, String field, @Nullable String oldValue, String newValue) {
        history.record(HistoryEntry.userChange(user.getUsername(), user.getId(), user.getUsername(), field,
                oldValue, newValue));
    }
}
