package com.propq.dashboard.users;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the change history names them. */
final class Actors {

    private Actors() {
    }

    /** Only called behind a role check, so somebody is signed in. */
    static String current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return authentication.getName();
    }
}
