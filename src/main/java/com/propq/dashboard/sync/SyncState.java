package com.propq.dashboard.sync;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's sync badge with PropQ's last answer when it refused the change.
 *
 * @param fieldErrors a parked 422's field errors, by PropQ's field names ({@code UntPrice}, ...; see
 *                    {@code UnitPayload}); the unit editor puts them beside its own fields
 */
public record SyncState(
        SyncBadge badge,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        Map<String, List<String>> fieldErrors) {

    public static final SyncState NEVER_SENT = new SyncState(SyncBadge.NEVER_SENT, null, null);
    public static final SyncState SYNCED = new SyncState(SyncBadge.SYNCED, null, null);

    public SyncState {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    public SyncState(SyncBadge badge, @Nullable Integer lastStatus, @Nullable String lastError) {
        this(badge, lastStatus, lastError, Map.of());
    }
}
