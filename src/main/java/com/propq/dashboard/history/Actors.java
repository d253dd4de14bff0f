package com.propq.dashboard.history;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the change history names them: the one place every feature asks. */
public final class Actors {

    private Actors() {
    }

    /** Only called behind a role check, so somebody is signed in. */
    public static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return authentication.getName();
    }
}
