package com.propq.dashboard.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether PropQ got a change: delivered (when), still pending, parked with PropQ's answer, or not applicable. */
public record DeliveryOutcome(
        State state,
        @Nullable Instant deliveredAt,
        @Nullable Integer status,
        @Nullable String answer) {

    public enum State {
        /** PropQ has this change (or a later state of the unit, which includes it). */
        DELIVERED,
        /** Queued or being sent. */
        PENDING,
        /** PropQ refused it; the unit needs a fix (or an admin's retry or discard). */
        PARKED,
        /** Never sent and no longer queued (e.g. discarded from the sync queue). */
        NOT_SENT,
        /** Not something PropQ receives (users, development notes...). */
        NOT_APPLICABLE
    }

    static final DeliveryOutcome NOT_APPLICABLE = new DeliveryOutcome(State.NOT_APPLICABLE, null, null, null);
}
