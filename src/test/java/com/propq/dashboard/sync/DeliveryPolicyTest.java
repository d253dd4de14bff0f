package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.Accepted;
import com.propq.dashboard.propq.PropqOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retry or park, by PropQ's documented codes; and how long a retry waits. */
class DeliveryPolicyTest {

    @Test
    void outagesAndRateLimitsAreRetriedNeverParked() {
        List<PropqOutcome<Accepted>> down = List.of(
                new PropqOutcome.ServerError<>(503, "<html>", Duration.ofSeconds(5)),
                new PropqOutcome.ServerError<>(500, "{}", null),
                new PropqOutcome.Timeout<>("read timed out"),
                new PropqOutcome.ConnectionFailed<>("refused"),
                new PropqOutcome.UnexpectedStatus<>(429, "slow down", Duration.ofSeconds(2)),
                new PropqOutcome.UnexpectedStatus<>(408, "Request Timeout", null),
                new PropqOutcome.MalformedResponse<>(200, "<html>a proxy's page</html>"));
        assertThat(down)
                .allSatisfy(o -> assertThat(DeliveryPolicy.decide(o)).isInstanceOf(DeliveryDecision.Retry.class));
        assertThat(DeliveryPolicy.decide(new PropqOutcome.UnexpectedStatus<>(429, "", Duration.ofSeconds(2))))
                .isEqualTo(new DeliveryDecision.Retry(429, "", Duration.ofSeconds(2)));
    }

    @Test
    void refusalsAreParkedWithPropqsAnswer() {
        List<PropqOutcome<Accepted>> refused = List.of(
                new PropqOutcome.BadRequest<>("bad"),
                new PropqOutcome.Forbidden<>("no"),
                new PropqOutcome.NotFound<>("Development not found."),
                new PropqOutcome.WrongMethod<>("method"),
                new PropqOutcome.Redirected<>(302, "/login", "<html>"),
                new PropqOutcome.UnexpectedStatus<>(409, "conflict", null));
        assertThat(refused)
                .allSatisfy(o -> assertThat(DeliveryPolicy.decide(o))
                        .isInstanceOfSatisfying(DeliveryDecision.Park.class, p -> {
                            assertThat(p.credentialsRefused()).isFalse();
                            assertThat(p.status()).isEqualTo(((PropqOutcome.Failure<?>) o).status());
                        }));
        assertThat(DeliveryPolicy.decide(new PropqOutcome.Redirected<>(302, "/login", "<html>"))
                        .error())
                .contains("Location: /login");
    }

    @Test
    void a422KeepsItsFieldErrorsAndASecond401FlagsTheCredentials() {
        var errors = Map.of("UntPrice", List.of("The UntPrice must be at least 0."));
        assertThat(DeliveryPolicy.decide(new PropqOutcome.ValidationFailed<Accepted>(errors, "{...}")))
                .isEqualTo(new DeliveryDecision.Park(422, "{...}", errors, false));
        assertThat(DeliveryPolicy.decide(new PropqOutcome.Unauthorized<Accepted>("Unauthenticated.")))
                .isEqualTo(new DeliveryDecision.Park(401, "Unauthenticated.", Map.of(), true));
    }

    @Test
    void aSuccessIsDelivered() {
        assertThat(DeliveryPolicy.decide(new PropqOutcome.Success<>(new Accepted("{}"))))
                .isInstanceOf(DeliveryDecision.Deliver.class);
    }

    @Test
    void backoffGrowsExponentiallyWithFullJitterUpToTheCapAndHonoursRetryAfter() {
        var base = Duration.ofMillis(100);
        var cap = Duration.ofSeconds(10);
        for (int i = 0; i < 200; i++) {
            assertThat(DeliveryPolicy.backoff(0, base, cap, null)).isBetween(Duration.ZERO, base);
            assertThat(DeliveryPolicy.backoff(3, base, cap, null)).isBetween(Duration.ZERO, Duration.ofMillis(800));
            assertThat(DeliveryPolicy.backoff(40, base, cap, null)).isBetween(Duration.ZERO, cap);
            assertThat(DeliveryPolicy.backoff(0, base, cap, Duration.ofSeconds(30)))
                    .isEqualTo(Duration.ofSeconds(30));
        }
    }
}
