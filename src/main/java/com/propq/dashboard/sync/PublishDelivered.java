package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/**
 * Event: PropQ accepted a development's publish request (a queued {@code PUBLISH} row), for the publish feature
 * to start polling its status. Published after the outbox row left the table, on a delivery thread.
 */
public record PublishDelivered(long developmentId, String propqDevelopmentId, @Nullable Long publishRequestId) {
}
