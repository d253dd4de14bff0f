package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/**
 * The sync queue page's filters; a null or blank one does not filter.
 *
 * @param development part of the development's PropQ id or name
 * @param unit        part of the unit name
 * @param errorCode   PropQ's last HTTP status (0: no answer)
 * @param mine        only the rows whose newest state the signed-in user queued
 */
public record QueueFilter(
        @Nullable OutboxState state,
        @Nullable String development,
        @Nullable String unit,
        @Nullable Integer errorCode,
        boolean mine) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, false);
}
