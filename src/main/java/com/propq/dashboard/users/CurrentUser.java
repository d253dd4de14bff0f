package com.propq.dashboard.users;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user, as the layout shows them: their language, and the region whose formats they chose
 * (null: their browser's).
 */
public record CurrentUser(
        String username,
        String displayName,
        Set<Role> roles,
        Locale locale,
        @Nullable String region) {}
