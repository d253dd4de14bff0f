package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqOutcome.MalformedResponse;
import com.propq.dashboard.propq.PropqOutcome.Success;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tokens over months, against a scripted token endpoint and a clock the test moves: renewed on schedule without
 * traffic, a warning only when a renewal failed, sealed at rest; and every PropQ answer read only up to 256 KB.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PropqTokenRenewalTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @Autowired
    JdbcTemplate jdbc;

    private MockWebServer server;
    private MutableClock clock;

    @BeforeEach
    void start() throws Exception {
        jdbc.update("delete from oauth2_authorized_client");
        server = new MockWebServer();
        server.start();
        clock = new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS)); // as PostgreSQL keeps it
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anIdleInstanceRenewsTheTokenOnScheduleOnceTheRenewalMarginIsReached() throws Exception {
        var tokens = client("secret-1").tokens();
        server.enqueue(token("tok-1", THIRTY_DAYS));
        server.enqueue(token("tok-2", THIRTY_DAYS));
        assertThat(tokens.accessToken()).isEqualTo("tok-1");
        var renewal = new PropqTokenRenewal(tokens);

        clock.advance(Duration.ofDays(28));
        renewal.renewDueToken();
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofDays(1).plusMinutes(1)); // 29 days: within the one-day margin, no call made
        renewal.renewDueToken();

        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).endsWith("/oauth/token");
        assertThat(tokens.state().expiresAt()).isEqualTo(clock.instant().plus(THIRTY_DAYS));
        assertThat(tokens.accessToken()).isEqualTo("tok-2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aTokenNearItsExpiryIsNoAlarmButAFailedRenewalIs() {
        var tokens = client("secret-1").tokens();
        var renewal = new PropqTokenRenewal(tokens);
        server.enqueue(token("tok-1", Duration.ofDays(2)));
        tokens.accessToken();

        assertThat(tokens.state().expiresWithin(Duration.ofDays(3), clock)).isTrue();
        assertThat(tokens.atRisk(tokens.state())).isFalse();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        server.enqueue(new MockResponse.Builder().code(503).body("down").build());
        renewal.renewDueToken();
        assertThat(tokens.atRisk(tokens.state())).isTrue();

        server.enqueue(token("tok-2", Duration.ofDays(2)));
        renewal.renewDueToken();
        assertThat(tokens.atRisk(tokens.state())).isFalse();
    }

    @Test
    void aTokenThatExpiresBeforeTheNextScheduledRenewalIsFlagged() {
        var tokens = client("secret-1").tokens();
        server.enqueue(token("tok-1", Duration.ofSeconds(30))); // shorter than the one-minute check interval

        tokens.accessToken();

        assertThat(tokens.atRisk(tokens.state())).isTrue();
    }

    @Test
    void theStoredTokenIsSealedAtRestAndOpensOnlyWithTheSameSecret() {
        server.enqueue(token("tok-plain-value", THIRTY_DAYS));
        client("secret-1").tokens().accessToken();

        var stored = jdbc.queryForObject("select access_token_value from oauth2_authorized_client", byte[].class);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("tok-plain-value");

        assertThat(client("secret-1").tokens().accessToken()).isEqualTo("tok-plain-value");
        assertThat(server.getRequestCount()).isEqualTo(1);

        server.enqueue(token("tok-after-rotation", THIRTY_DAYS));
        assertThat(client("rotated-secret").tokens().accessToken()).isEqualTo("tok-after-rotation");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPropqAnswerIsReadUpTo256KbAndTheRestIsDropped() {
        var client = client("secret-1").client();
        server.enqueue(token("tok-1", THIRTY_DAYS));
        server.enqueue(json("{\"name\":\"" + "x".repeat(200 * 1024) + "\"}"));
        server.enqueue(json("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}"));

        assertThat(client.me()).isInstanceOf(Success.class);
        assertThat(client.me())
                .isInstanceOfSatisfying(
                        MalformedResponse.class,
                        cutOff -> assertThat(cutOff.body()).hasSizeLessThanOrEqualTo(PropqOutcome.MAX_BODY + 1));
    }

    private TestClients.TestClient client(String secret) {
        return TestClients.against(TestClients.address(server.url("/").toString(), "5", secret), jdbc, clock);
    }

    private static MockResponse token(String value, Duration lifetime) {
        return json("{\"token_type\":\"Bearer\",\"expires_in\":" + lifetime.toSeconds() + ",\"access_token\":\"" + value
                + "\"}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
