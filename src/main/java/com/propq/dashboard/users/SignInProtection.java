package com.propq.dashboard.users;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryWriter;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many, for a while or until an admin
 * unlocks it. Spring Security publishes the events whatever the reason for a refusal, and the
 * sign-in page shows the same message for all of them.
 */
@Component
class SignInProtection {

    static final String ACTOR = HistoryEntry.systemActor("sign-in");

    private final AppUserRepository users;
    private final SignInLog log;
    private final HistoryWriter history;
    private final AccountSecurityProperties limits;
    private final Clock clock;

    SignInProtection(AppUserRepository users, SignInLog log, HistoryWriter history,
                     AccountSecurityProperties limits, Clock clock) {
        this.users = users;
        this.log = log;
        this.history = history;
        this.limits = limits;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        // Row lock: attempts from several instances at once are all counted.
        var found = users.findByUsernameIgnoreCaseForUpdate(typed.strip());
        if (found.isEmpty()) {
            log.record(typed, null, SignInLog.Kind.FAILED, null);
            return;
        }
        var user = found.get();
        var now = clock.instant();
        boolean wasLocked = user.isLockedAt(now);
        user.recordFailedSignIn(now);
        log.record(typed, user.getId(), SignInLog.Kind.FAILED, null);
        if (!wasLocked && user.getFailedAttempts() >= limits.maxFailedSignIns()) {
            var until = now.plus(limits.lockoutDuration());
            user.lockUntil(until);
            log.record(user.getUsername(), user.getId(), SignInLog.Kind.LOCKED, until.toString());
            history.record(HistoryEntry.userChange(ACTOR, user.getId(), user.getUsername(), "locked_until",
                    null, until.toString()));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).ifPresent(user -> {
                user.clearFailedSignIns();
                log.record(user.getUsername(), user.getId(), SignInLog.Kind.SIGNED_IN, null);
            });
        }
    }
}
