package com.propq.dashboard.users;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the users list. */
public record UserSummary(long id, String username, String displayName, @Nullable String email, Set<Role> roles,
                          String language, boolean enabled) {
}
