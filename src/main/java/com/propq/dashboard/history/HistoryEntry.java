package com.propq.dashboard.history;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change: who (a username, or {@code system:<job>}), of what kind, to which entity,
 * which field from what to what, and why. Entries of one bulk action share a batch id.
 */
public record HistoryEntry(
        String actor,
        HistoryKind kind,
        HistoryEntityType entityType,
        @Nullable Long entityId,
        @Nullable String entityLabel,
        @Nullable Long developmentId,
        @Nullable Long unitId,
        @Nullable Long unitVersion,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason,
        @Nullable UUID batchId) {

    public static final String SYSTEM_PREFIX = "system:";

    public static String systemActor(String job) {
        return SYSTEM_PREFIX + job;
    }

    /** A change to a user account (roles, state, password reset...), made by an admin or the user. */
    public static HistoryEntry userChange(
            String actor,
            long userId,
            String username,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        return new HistoryEntry(
                actor,
                HistoryKind.USER_ADMIN,
                HistoryEntityType.USER,
                userId,
                username,
                null,
                null,
                null,
                field,
                oldValue,
                newValue,
                null,
                null);
    }
}
