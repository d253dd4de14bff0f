package com.propq.dashboard.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a signed-in account may do, decided in one place for sign-in and for every later request.
 * A user who must change their password holds none of their roles until they have, so no view and
 * no service method lets them past, whatever they try.
 */
public final class AccountAuthorities {

    /** The only authority of a user whose password is temporary. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private AccountAuthorities() {}

    private static final String ROLE_PREFIX = "ROLE_";

    /** As authority names, sorted, so two results compare equal when they grant the same. */
    static List<String> of(Set<Role> roles, boolean mustChangePassword) {
        if (mustChangePassword) {
            return List.of(PASSWORD_CHANGE_REQUIRED);
        }
        return roles.stream().sorted().map(r -> ROLE_PREFIX + r.name()).toList();
    }

    static List<GrantedAuthority> granted(Set<Role> roles, boolean mustChangePassword) {
        return of(roles, mustChangePassword).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** The authorities this class decides, out of all a session holds (Spring adds others, e.g. factors). */
    static List<String> managedBy(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(AccountAuthorities::isManaged)
                .sorted()
                .toList();
    }

    static List<GrantedAuthority> replaceManaged(Collection<? extends GrantedAuthority> current, List<String> managed) {
        var result = new ArrayList<GrantedAuthority>();
        current.stream().filter(a -> !isManaged(a.getAuthority())).forEach(result::add);
        managed.forEach(a -> result.add(new SimpleGrantedAuthority(a)));
        return result;
    }

    private static boolean isManaged(@Nullable String authority) {
        return authority != null && (authority.startsWith(ROLE_PREFIX) || authority.equals(PASSWORD_CHANGE_REQUIRED));
    }
}
