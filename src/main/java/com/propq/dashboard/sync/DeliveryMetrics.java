package com.propq.dashboard.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The delivery engine's Micrometer meters. Gauges read {@link SyncUpdates}' snapshot, so a scrape costs no query.
 * Prometheus names: {@code propq_outbox_pending}, {@code propq_outbox_sending}, {@code propq_outbox_parked},
 * {@code propq_outbox_oldest_pending_age_seconds}, {@code propq_circuit_open}, {@code propq_deliveries_total}
 * (tags kind, outcome, status), {@code propq_delivery_duration_seconds} (tags kind, outcome),
 * {@code propq_outbox_claims_total} (claim statements that took rows: with rows kept ahead, fewer than the calls).
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Counter claims;

    DeliveryMetrics(MeterRegistry registry, SyncUpdates updates, Clock clock) {
        this.registry = registry;
        this.claims = Counter.builder("propq.outbox.claims")
                .description("Claim statements of the flusher that took rows")
                .register(registry);
        Gauge.builder("propq.outbox.pending", updates, u -> u.current().pending())
                .description("Outbox rows waiting to be sent")
                .register(registry);
        Gauge.builder("propq.outbox.sending", updates, u -> u.current().sending())
                .description("Outbox rows being sent")
                .register(registry);
        Gauge.builder("propq.outbox.parked", updates, u -> u.current().parked())
                .description("Outbox rows PropQ refused, waiting for a fix or an admin")
                .register(registry);
        TimeGauge.builder(
                        "propq.outbox.oldest.pending.age",
                        updates,
                        TimeUnit.SECONDS,
                        u -> u.current().oldestPendingAge(clock.instant()).toMillis() / 1000.0)
                .description("Age of the oldest change PropQ has not accepted yet (the SLO)")
                .register(registry);
        Gauge.builder("propq.circuit.open", updates, u -> u.current().circuitOpen() ? 1 : 0)
                .description("1 while PropQ is considered unreachable and only probes are sent")
                .register(registry);
    }

    void recordClaim() {
        claims.increment();
    }

    void recordAttempt(OutboxKind kind, String outcome, int status, long millis) {
        Counter.builder("propq.deliveries")
                .description("Delivery attempts by outcome and HTTP status (0: none)")
                .tag("kind", kind.name())
                .tag("outcome", outcome)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
        Timer.builder("propq.delivery.duration")
                .description("Time of one PropQ call of the flusher")
                .tag("kind", kind.name())
                .tag("outcome", outcome)
                .register(registry)
                .record(Duration.ofMillis(millis));
    }
}
