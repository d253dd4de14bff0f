package com.propq.dashboard.sync;

import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator's "outboxLag": DOWN when the oldest change PropQ has not accepted yet is older than
 * {@code app.sync.outbox-lag-threshold}. Parked rows do not count (they wait for people, not for the engine).
 */
@Component("outboxLag")
class OutboxLagHealthIndicator implements HealthIndicator {

    private final OutboxRepository repository;
    private final DeliveryProperties settings;
    private final Clock clock;

    OutboxLagHealthIndicator(OutboxRepository repository, DeliveryProperties settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var snapshot = repository.snapshot();
        var age = snapshot.oldestPendingAge(clock.instant());
        var builder = age.compareTo(settings.outboxLagThreshold()) > 0 ? Health.down() : Health.up();
        return builder.withDetail("oldestPendingAgeSeconds", age.toSeconds())
                .withDetail("threshold", settings.outboxLagThreshold().toString())
                .withDetail("pending", snapshot.pending())
                .withDetail("sending", snapshot.sending())
                .withDetail("parked", snapshot.parked())
                .withDetail("circuitOpen", snapshot.circuitOpen())
                .build();
    }
}
