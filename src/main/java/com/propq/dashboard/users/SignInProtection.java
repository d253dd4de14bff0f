package com.propq.dashboard.users;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many from one client address, for that address, for a
 * while or until an admin unlocks it; counts each address's failures too ({@link SignInThrottle}). Spring Security publishes the events whatever the reason for a refusal, and the
 * sign-in page shows the same message for all of them.
 */
@Component
class SignInProtection {

    static final String ACTOR = HistoryEntry.systemActor("sign-in");

    private final AppUserRepository users;
    private final SignInLog log;
    private final HistoryWriter history;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInProtection(
            AppUserRepository users, SignInLog log, HistoryWriter history, SignInThrottle throttle, Clock clock) {
        this.users = users;
        this.log = log;
        this.history = history;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName(), ClientAddress.of(event.getAuthentication()));
    }

    /**
     * A wrong current password when changing one's own password counts as a failed sign-in: in a transaction of
     * its own, because the refused change rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onWrongCurrentPassword(String username, String address) {
        recordFailure(username, address);
    }

    boolean isLocked(long userId, String address) {
        return throttle.lockedFor(userId, address, clock.instant());
    }

    private void recordFailure(String typed, String address) {
        var now = clock.instant();
        throttle.recordAddressFailure(address, now);
        // Row lock: attempts from several instances at once are all counted.
        var found = users.findByUsernameIgnoreCaseForUpdate(typed.strip());
        if (found.isEmpty()) {
            log.record(typed, null, SignInLog.Kind.FAILED, null);
            return;
        }
        var user = found.get();
        user.recordFailedSignIn(now);
        log.record(typed, user.getId(), SignInLog.Kind.FAILED, null);
        throttle.recordAccountFailure(user.getId(), address, now).ifPresent(until -> {
            // The admins' view: the latest lock, whichever address caused it.
            user.lockUntil(until);
            log.record(user.getUsername(), user.getId(), SignInLog.Kind.LOCKED, until + " for " + address);
            history.record(HistoryEntry.userChange(
                    ACTOR, user.getId(), user.getUsername(), "locked_until", null, until.toString()));
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).ifPresent(user -> {
                user.clearFailedSignIns();
                throttle.clearAccount(user.getId(), ClientAddress.of(event.getAuthentication()));
                log.record(user.getUsername(), user.getId(), SignInLog.Kind.SIGNED_IN, null);
            });
        }
    }
}
