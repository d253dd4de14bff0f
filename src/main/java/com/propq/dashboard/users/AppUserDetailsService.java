package com.propq.dashboard.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the database. Disabled accounts are refused by the provider's checks, and accounts locked
 * for the caller's address by {@link ThrottledPasswordSignIn}, both only after the password, so every refusal
 * looks alike.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return new SignedInUser(
                user.getId(),
                user.getSessionEpoch(),
                user.getUsername(),
                user.getPasswordHash(),
                // Locks are per client address: ThrottledPasswordSignIn checks them, knowing the address.
                user.isEnabled(),
                false,
                AccountAuthorities.granted(user.getRoles(), user.isMustChangePassword()));
    }
}
