package com.propq.dashboard.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a unit may be held: whether a new hold must name its last day, and how many days ahead that day may be.
 * A hold kept as it was is not judged again, so tightening these does not block edits of older holds.
 */
@ConfigurationProperties("app.holds")
public record HoldRules(
        @DefaultValue("true") boolean requireLastDay,
        @DefaultValue("90") int maxDays) {

    public HoldRules {
        if (maxDays < 1) {
            throw new IllegalArgumentException("app.holds.max-days must be at least 1, was " + maxDays);
        }
    }
}
