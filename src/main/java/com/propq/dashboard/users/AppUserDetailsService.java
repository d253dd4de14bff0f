package com.propq.dashboard.users;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the database. Disabled and locked accounts are refused by the provider's
 * checks, which SecurityConfiguration runs only after the password, so every refusal looks alike.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return new SignedInUser(user.getId(), user.getSessionEpoch(), user.getUsername(), user.getPasswordHash(),
                user.isEnabled(), user.isLockedAt(clock.instant()),
                AccountAuthorities.granted(user.getRoles(), user.isMustChangePassword()));
    }
}
