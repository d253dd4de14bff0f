package com.propq.dashboard.base;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the change history names them: the one place every feature asks. */
public final class Actors {

    private Actors() {}

    /** Only called behind a role check, so somebody is signed in. */
    public static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return authentication.getName();
    }

    /** Whoever is signed in on this thread, or null for a system job (a scheduler thread has nobody). */
    public static @Nullable String currentOrNone() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
