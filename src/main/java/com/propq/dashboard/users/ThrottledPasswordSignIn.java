package com.propq.dashboard.users;

import java.time.Clock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The password check, for the sign-in page and the unit API alike, refusing an address that failed too often
 * before any hashing, and an account locked for this address only after the password (so every refusal takes
 * the same time and looks alike).
 */
class ThrottledPasswordSignIn extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final Clock clock;

    ThrottledPasswordSignIn(AppUserDetailsService users, SignInThrottle throttle, Clock clock) {
        super(users);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.refuses(ClientAddress.of(authentication), clock.instant())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return super.authenticate(authentication);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        super.additionalAuthenticationChecks(user, authentication);
        if (user instanceof SignedInUser signedIn
                && throttle.lockedFor(signedIn.id(), ClientAddress.of(authentication), clock.instant())) {
            throw new LockedException("Locked");
        }
    }
}
