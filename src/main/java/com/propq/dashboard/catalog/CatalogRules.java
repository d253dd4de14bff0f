package com.propq.dashboard.catalog;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's editing rules: when a change needs a written reason, and the time zone that decides
 * when a hold's last day is over.
 */
@ConfigurationProperties("app.catalog")
public record CatalogRules(boolean reasonForPriceReduction, boolean reasonForRelease, ZoneId timeZone) {

    public CatalogRules {
        timeZone = timeZone == null ? ZoneId.of("Europe/Madrid") : timeZone;
    }
}
