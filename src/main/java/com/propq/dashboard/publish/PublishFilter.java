package com.propq.dashboard.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The Publishing page's filters; a null or blank one does not filter.
 *
 * @param development part of the development's name or PropQ id
 * @param user        part of the requesting username
 * @param from        requested at or after
 * @param to          requested before
 */
public record PublishFilter(
        @Nullable String development,
        @Nullable String user,
        @Nullable PublishState state,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final PublishFilter NONE = new PublishFilter(null, null, null, null, null);
}
