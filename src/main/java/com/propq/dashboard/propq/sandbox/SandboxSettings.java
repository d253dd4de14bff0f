package com.propq.dashboard.propq.sandbox;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's fault switches and timings, replaced as a whole so a request never sees half a change.
 *
 * @param latency        added to every request before it is answered
 * @param outage         while active, every request fails this way
 * @param failureRate    0..1: the share of API calls (not token requests) answered with a 500
 * @param publishOutcome the final DevStatus of publishes requested from now on
 * @param publishDelay   how long a publish stays PUBLISHING (read when the status is asked)
 * @param tokenLifetime  the expires_in of tokens issued from now on
 */
public record SandboxSettings(
        Duration latency,
        @Nullable Outage outage,
        double failureRate,
        String publishOutcome,
        Duration publishDelay,
        Duration tokenLifetime) {

    public static final String PUBLISHED = "PUBLISHED";

    public SandboxSettings {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failure rate must be within 0..1");
        }
        if (latency.isNegative() || publishDelay.isNegative() || tokenLifetime.isNegative()) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
        if (publishOutcome.isBlank()) {
            throw new IllegalArgumentException("publish outcome cannot be blank");
        }
    }

    public SandboxSettings withLatency(Duration value) {
        return new SandboxSettings(value, outage, failureRate, publishOutcome, publishDelay, tokenLifetime);
    }

    public SandboxSettings withOutage(@Nullable Outage value) {
        return new SandboxSettings(latency, value, failureRate, publishOutcome, publishDelay, tokenLifetime);
    }

    public SandboxSettings withFailureRate(double value) {
        return new SandboxSettings(latency, outage, value, publishOutcome, publishDelay, tokenLifetime);
    }

    public SandboxSettings withPublishOutcome(String value) {
        return new SandboxSettings(latency, outage, failureRate, value.strip(), publishDelay, tokenLifetime);
    }

    public SandboxSettings withPublishDelay(Duration value) {
        return new SandboxSettings(latency, outage, failureRate, publishOutcome, value, tokenLifetime);
    }

    public SandboxSettings withTokenLifetime(Duration value) {
        return new SandboxSettings(latency, outage, failureRate, publishOutcome, publishDelay, value);
    }

    /** How the sandbox is down, and until when. */
    public record Outage(Kind kind, Instant until) {

        public enum Kind {
            /** PropQ answers 503 with an HTML error page, as a load balancer in front of it would. */
            SERVER_ERROR,
            /** Nothing listens: the client's connection is refused. */
            CONNECTION_REFUSED
        }

        public boolean activeAt(Instant now) {
            return now.isBefore(until);
        }
    }
}
