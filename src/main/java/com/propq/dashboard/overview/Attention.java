package com.propq.dashboard.overview;

import com.propq.dashboard.catalog.ExpiringHold;
import com.propq.dashboard.publish.PublishSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The things that need someone: parked changes, holds ending soon, failed publishes, and (for admins only)
 * a PropQ token whose renewal failed or comes too late.
 *
 * @param tokenExpiresAt set only when the viewer is an admin and the stored token is at risk (its last renewal
 *                       failed, or it expires before the next scheduled renewal)
 */
public record Attention(
        long parkedChanges,
        int expiringHoldCount,
        List<ExpiringHold> expiringHolds,
        List<PublishSummary> failedPublishes,
        @Nullable Instant tokenExpiresAt) {

    public Attention {
        expiringHolds = List.copyOf(expiringHolds);
        failedPublishes = List.copyOf(failedPublishes);
    }

    public boolean nothing() {
        return parkedChanges == 0 && expiringHoldCount == 0 && failedPublishes.isEmpty() && tokenExpiresAt == null;
    }
}
