package com.propq.dashboard.users;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of the users list. {@code lockedUntil} is set only while the account is locked; {@code failedSignIns}
 * counts towards the next lockout, {@code signIns} says how the account was used lately.
 */
public record UserSummary(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        String language,
        boolean enabled,
        boolean mustChangePassword,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        SignInActivity signIns) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
