package com.propq.dashboard.users;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a session: Spring's user plus the account id and the session epoch it signed in
 * with, which {@link AccountStateFilter} compares with the database on every request.
 */
final class SignedInUser extends User {

    private final long id;
    private final long sessionEpoch;

    SignedInUser(
            long id,
            long sessionEpoch,
            String username,
            String passwordHash,
            boolean enabled,
            boolean locked,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, !locked, authorities);
        this.id = id;
        this.sessionEpoch = sessionEpoch;
    }

    long id() {
        return id;
    }

    long sessionEpoch() {
        return sessionEpoch;
    }
}
