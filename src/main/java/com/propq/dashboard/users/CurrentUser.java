package com.propq.dashboard.users;

import java.util.Locale;
import java.util.Set;

/** The signed-in user, as the layout shows them. */
public record CurrentUser(String username, String displayName, Set<Role> roles, Locale locale) {}
