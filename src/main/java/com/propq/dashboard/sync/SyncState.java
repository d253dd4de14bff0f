package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/** A unit's sync badge with PropQ's last answer when it refused the change. */
public record SyncState(SyncBadge badge, @Nullable Integer lastStatus, @Nullable String lastError) {

    public static final SyncState NEVER_SENT = new SyncState(SyncBadge.NEVER_SENT, null, null);
    public static final SyncState SYNCED = new SyncState(SyncBadge.SYNCED, null, null);
}
