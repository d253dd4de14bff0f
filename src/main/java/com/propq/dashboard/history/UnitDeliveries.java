package com.propq.dashboard.history;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Where units stand with PropQ, as the history needs it to say whether PropQ got a change. The history owns the
 * question and the sync module answers it: sync writes history, so history must not depend on sync.
 */
public interface UnitDeliveries {

    /** Delivery facts of many units at once (the history judges a page of changes by them). */
    Map<Long, UnitDelivery> deliveries(Collection<Long> unitIds);

    /**
     * When PropQ first accepted each unit at the given version or a later one (a later payload holds the earlier
     * change too); absent when it has not yet.
     */
    Map<UnitVersion, Instant> firstDeliveries(Collection<UnitVersion> changes);
}
