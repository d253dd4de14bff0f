package com.propq.dashboard.publish;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Publishing's settings ({@code app.publish.*}); every one has a documented default.
 *
 * @param pollInitialDelay  first status poll this long after PropQ accepted the publish; doubles per poll
 * @param pollMaxDelay      the wait between polls never grows beyond this
 * @param timeout           a request still PUBLISHING this long after PropQ accepted it is marked timed out
 * @param pollInterval      how often due requests are looked for
 * @param lease             a claimed request is this instance's for this long (above PropQ's connect + read timeout)
 * @param batchSize         requests claimed per look at most
 * @param uiRefreshInterval how often pages showing publish state look for changes (one query per instance)
 */
@ConfigurationProperties("app.publish")
record PublishProperties(
        Duration pollInitialDelay,
        Duration pollMaxDelay,
        Duration timeout,
        Duration pollInterval,
        Duration lease,
        Integer batchSize,
        Duration uiRefreshInterval) {

    /** The binder passes null for a setting that is not set; its default takes the place, so none reads null. */
    PublishProperties {
        pollInitialDelay = or(pollInitialDelay, Duration.ofSeconds(3));
        pollMaxDelay = or(pollMaxDelay, Duration.ofMinutes(1));
        timeout = or(timeout, Duration.ofMinutes(15));
        pollInterval = or(pollInterval, Duration.ofSeconds(1));
        lease = or(lease, Duration.ofMinutes(2));
        batchSize = batchSize == null || batchSize < 1 ? 20 : batchSize;
        uiRefreshInterval = or(uiRefreshInterval, Duration.ofSeconds(1));
    }

    /** Wait after the {@code polls}-th poll: initial delay doubled per poll, capped. */
    Duration delayAfter(int polls) {
        var factor = 1L << Math.min(Math.max(polls, 0), 20);
        var millis = Math.min(pollMaxDelay.toMillis(), pollInitialDelay.toMillis() * factor);
        return Duration.ofMillis(millis);
    }

    private static Duration or(@Nullable Duration value, Duration fallback) {
        return value == null || value.isNegative() ? fallback : value;
    }
}
