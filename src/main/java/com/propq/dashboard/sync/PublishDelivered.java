package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/**
 * Event: PropQ accepted a development's publish request (a queued {@code PUBLISH} row), for the publish feature
 * to start polling its status. Published after the outbox row left the table, on a delivery thread.
 *
 * @param devStatus the {@code DevStatus} PropQ's answer to the publish call carried, if any
 */
public record PublishDelivered(
        long developmentId,
        String propqDevelopmentId,
        @Nullable Long publishRequestId,
        @Nullable String devStatus) {}
