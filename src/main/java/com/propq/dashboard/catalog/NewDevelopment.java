package com.propq.dashboard.catalog;

import org.jspecify.annotations.Nullable;

/** What the "New development" dialog asks: PropQ's development id, the name, where it is, notes. */
public record NewDevelopment(
        String propqId,
        String name,
        @Nullable String location,
        @Nullable String notes) {}
