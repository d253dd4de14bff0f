package com.propq.dashboard.users;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account, and the users list for admins. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private final AppUserRepository users;
    private final Clock clock;

    UserAccountService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Empty when nobody is signed in. */
    @PermitAll
    public Optional<CurrentUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(authentication.getName())
                .map(u -> new CurrentUser(u.getUsername(), u.getDisplayName(), u.getRoles(),
                        UserLanguages.of(u.getLanguage())));
    }

    @PermitAll
    @Transactional
    public void changeLanguage(Locale locale) {
        var tag = UserLanguages.of(locale.getLanguage()).getLanguage();
        var name = SecurityContextHolder.getContext().getAuthentication().getName();
        users.findByUsernameIgnoreCase(name).ifPresent(u -> u.setLanguage(tag, clock.instant()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<UserSummary> users(int offset, int limit) {
        int size = Math.max(1, limit);
        return users.findAll(PageRequest.of(offset / size, size, Sort.by("username"))).stream()
                .map(u -> new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                        u.getRoles(), u.getLanguage(), u.isEnabled()))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public int countUsers() {
        return Math.toIntExact(users.count());
    }
}
