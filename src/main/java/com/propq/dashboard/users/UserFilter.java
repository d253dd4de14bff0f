package com.propq.dashboard.users;

import org.jspecify.annotations.Nullable;

/** The users list's filters; null means "any". */
public record UserFilter(
        @Nullable String text,
        @Nullable Role role,
        @Nullable UserState state) {

    public static final UserFilter ALL = new UserFilter(null, null, null);

    /** What an admin filters by: may sign in, may not, or is locked out for now. */
    public enum UserState {
        ACTIVE,
        DISABLED,
        LOCKED
    }
}
