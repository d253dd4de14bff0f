package com.propq.dashboard.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A development as its editor shows it. The PropQ id is locked once PropQ accepted anything of
 * the development: changing it then would point later updates at another development.
 */
public record DevelopmentDetails(
        long id,
        String propqId,
        String name,
        @Nullable String location,
        @Nullable String notes,
        long version,
        boolean propqIdLocked) {}
