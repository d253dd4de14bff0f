package com.propq.dashboard.propq;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@code propq_token_expiry_seconds}: time until the stored PropQ token expires (negative once expired, NaN with
 * no token), read from the database at scrape time so it shows the token every instance shares.
 */
@Component
class PropqTokenMetrics {

    PropqTokenMetrics(MeterRegistry registry, PropqTokens tokens, Clock clock) {
        TimeGauge.builder("propq.token.expiry", tokens, TimeUnit.SECONDS, t -> {
                    var state = t.state();
                    return state.expiresAt() == null
                            ? Double.NaN
                            : Duration.between(clock.instant(), state.expiresAt())
                                            .toMillis()
                                    / 1000.0;
                })
                .description("Seconds until the stored PropQ access token expires")
                .register(registry);
    }
}
