package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.PropqSandbox.Operation;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Actuator health's "propq": reachable and authenticated, asking PropQ at most once per cache period. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PropqHealthIndicatorTest {

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    PropqClient client;

    @Autowired
    PropqAddress sandboxAddress;

    @Autowired
    PropqProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthContributorRegistry registry;

    @BeforeEach
    void freshPortal() {
        sandbox.reset();
    }

    @Test
    void healthAsksPropqAtMostOncePerCachePeriod() {
        var clock = new MutableClock(Clock.systemUTC().instant());
        var indicator = new PropqHealthIndicator(client, properties, clock);

        var first = indicator.health();
        // Counted after the first check: it may also have renewed a token revoked by an earlier test (a 401 and a
        // retry).
        var asked = sandbox.requests(Operation.ME);
        clock.advance(Duration.ofSeconds(59));
        var second = indicator.health();

        assertThat(first.getStatus()).isEqualTo(Status.UP);
        assertThat(first.getDetails()).containsEntry("reachable", true).containsEntry("authenticated", true);
        assertThat(second).isSameAs(first);
        assertThat(sandbox.requests(Operation.ME)).isEqualTo(asked);

        clock.advance(Duration.ofSeconds(2));
        indicator.health();
        assertThat(sandbox.requests(Operation.ME)).isEqualTo(asked + 1);
    }

    @Test
    void anUnreachablePropqIsDownAndNotReachable() {
        sandbox.startOutage(Kind.CONNECTION_REFUSED, Duration.ofHours(1));

        var health = new PropqHealthIndicator(client, properties, Clock.systemUTC()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reachable", false).containsEntry("authenticated", false);
    }

    @Test
    void refusedCredentialsAreDownReachableButNotAuthenticated() {
        jdbc.update("delete from oauth2_authorized_client");
        var wrong = TestClients.against(
                        TestClients.withCredentials(sandboxAddress, "1", "wrong"), jdbc, Clock.systemUTC())
                .client();

        var health = new PropqHealthIndicator(wrong, properties, Clock.systemUTC()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails())
                .containsEntry("reachable", true)
                .containsEntry("authenticated", false)
                .containsEntry("problem", "credentials");
    }

    @Test
    void actuatorHealthIncludesThePropqIndicator() {
        assertThat(registry.getContributor("propq")).isInstanceOf(PropqHealthIndicator.class);
    }
}
