package com.propq.dashboard.propq;

import org.jspecify.annotations.Nullable;

/**
 * PropQ accepted an update or a publish request; its JSON answer is kept for the delivery log.
 *
 * @param devStatus the {@code DevStatus} the answer carried (a publish answers {@code {"DevStatus":"PUBLISHING"}}),
 *                  exactly as received; null when it had none
 */
public record Accepted(String body, @Nullable String devStatus) {

    public Accepted(String body) {
        this(body, null);
    }
}
