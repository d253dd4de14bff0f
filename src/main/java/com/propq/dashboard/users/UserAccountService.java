package com.propq.dashboard.users;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
    private final SignInProtection signIns;
    private final Clock clock;

    UserAccountService(
            AppUserRepository users,
            Passwords passwords,
            HistoryWriter history,
            SignInProtection signIns,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.history = history;
        this.signIns = signIns;
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
                .map(u -> new CurrentUser(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getRoles(),
                        UserLanguages.of(u.getLanguage()),
                        u.getRegion()));
    }

    /** A preference, not a change of the catalog or of anyone's access: stored, but not written to the history. */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeLanguage(Locale locale) {
        var user = me();
        var tag = UserLanguages.of(locale.getLanguage()).getLanguage();
        if (!tag.equals(user.getLanguage())) {
            user.setLanguage(tag, clock.instant());
        }
    }

    /**
     * The region whose dates and numbers the user reads (a country code such as "GB"), or null for the
     * browser's. A preference like the language, not a change to the catalog or an account: no history.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeRegion(@Nullable String region) {
        if (region != null && !UserRegions.isKnown(region)) {
            throw new AccountRuleException("account.region.unknown");
        }
        var user = me();
        if (!java.util.Objects.equals(region, user.getRegion())) {
            user.setRegion(region, clock.instant());
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
     * which is why it asks only for a signed-in user. A wrong current password counts as a failed sign-in from
     * the session's address; a new password ends every other session of the user.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = me();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var address = authentication == null ? ClientAddress.UNKNOWN : ClientAddress.of(authentication);
        if (signIns.isLocked(user.getId(), address)) {
            throw new AccountRuleException("password.rule.locked");
        }
        try {
            passwords.change(user, currentPassword, newPassword);
        } catch (AccountRuleException refused) {
            if (refused.messageKey().equals(Passwords.CURRENT_WRONG)) {
                signIns.onWrongCurrentPassword(user.getUsername(), address);
            }
            throw refused;
        }
        user.endAllSessions();
        keepThisSession(user);
        record(user, "password", null, "changed");
    }

    /** This session carries the new session epoch, so it alone survives the change. */
    private static void keepThisSession(AppUser user) {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.getPrincipal() instanceof SignedInUser old) {
            var principal = new SignedInUser(
                    old.id(),
                    user.getSessionEpoch(),
                    old.getUsername(),
                    "",
                    old.isEnabled(),
                    false,
                    old.getAuthorities());
            var renewed = UsernamePasswordAuthenticationToken.authenticated(principal, null, signedIn.getAuthorities());
            renewed.setDetails(signedIn.getDetails());
            context.setAuthentication(renewed);
        }
    }

    private AppUser me() {
        return users.findByUsernameIgnoreCase(Actors.current())
                .orElseThrow(() -> new AccountRuleException("users.error.not-found"));
    }

    private void record(AppUser user, String field, @Nullable String oldValue, String newValue) {
        history.record(HistoryEntry.userChange(
                user.getUsername(), user.getId(), user.getUsername(), field, oldValue, newValue));
    }
}
