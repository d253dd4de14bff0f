package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.Forbidden;
import com.propq.dashboard.propq.PropqOutcome.ServerError;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.PropqOutcome.Timeout;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator's "propq": reachable and authenticated, from {@code /api/v1/iam/me}. Asks PropQ at most once per
 * {@code propq.health-cache-time} however often health is polled (it is open to anyone), and callers that arrive
 * while a check runs wait for its answer instead of starting their own.
 */
@Component("propq")
class PropqHealthIndicator implements HealthIndicator {

    private record Checked(Health health, Instant at) {}

    private final PropqClient client;
    private final PropqProperties properties;
    private final Clock clock;
    private @Nullable Checked last;
    /** The first check of the current run of unreachable answers; null while PropQ answers. */
    private @Nullable Instant unreachableSince;

    PropqHealthIndicator(PropqClient client, PropqProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        var now = clock.instant();
        var previous = last;
        if (previous != null && now.isBefore(previous.at().plus(properties.healthCacheTime()))) {
            return previous.health();
        }
        var health = check(now);
        last = new Checked(health, now);
        return health;
    }

    private Health check(Instant now) {
        var outcome = client.me();
        var reachable =
                !(outcome instanceof Timeout || outcome instanceof ConnectionFailed || outcome instanceof ServerError);
        var authenticated = outcome instanceof Success;
        unreachableSince = reachable ? null : unreachableSince == null ? now : unreachableSince;
        var builder = authenticated ? Health.up() : Health.down();
        builder.withDetail("mode", properties.mode().name())
                .withDetail("reachable", reachable)
                .withDetail("authenticated", authenticated)
                .withDetail("checkedAt", now.toString())
                .withDetail("checkedEvery", properties.healthCacheTime().toString());
        if (unreachableSince != null) {
            builder.withDetail("unreachableSince", unreachableSince.toString());
        }
        if (!authenticated) {
            builder.withDetail("outcome", outcome.getClass().getSimpleName());
            if (outcome instanceof Unauthorized || outcome instanceof Forbidden) {
                builder.withDetail("problem", "credentials");
            }
        }
        return builder.build();
    }
}
