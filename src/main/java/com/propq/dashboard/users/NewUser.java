package com.propq.dashboard.users;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin types to create a user; the password is generated. */
public record NewUser(
        String username, String displayName, @Nullable String email, Set<Role> roles, String language) {}
