package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqOutcome.Success;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The client secret and the access token never reach the logs or an outcome, even with Spring's DEBUG logging on. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PropqLogRedactionTest {

    private static final String SECRET = "fake-client-secret-for-log-test-7f3a9c";
    private static final String TOKEN = "Access-Token-52e8d1";
    private static final List<String> VERBOSE = List.of(
            "org.springframework.web",
            "org.springframework.http",
            "org.springframework.security",
            "org.apache.hc",
            "com.propq.dashboard.propq");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    @Test
    void theSecretAndTheTokenNeverAppearInLogsOrOutcomes(CapturedOutput output) throws Exception {
        jdbc.update("delete from oauth2_authorized_client");
        var outcomes = new ArrayList<PropqOutcome<?>>();
        VERBOSE.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        try (var server = new MockWebServer()) {
            server.start();
            var client = TestClients.against(
                            TestClients.address(server.url("/").toString(), "42", SECRET), jdbc, Clock.systemUTC())
                    .client();
            server.enqueue(json(401, "{\"error\":\"invalid_client\"}"));
            server.enqueue(
                    json(200, "{\"token_type\":\"Bearer\",\"expires_in\":2592000,\"access_token\":\"" + TOKEN + "\"}"));
            server.enqueue(json(401, "{\"message\":\"Unauthenticated.\"}"));
            server.enqueue(json(
                    200, "{\"token_type\":\"Bearer\",\"expires_in\":2592000,\"access_token\":\"" + TOKEN + "b\"}"));
            server.enqueue(json(200, "{\"id\":42}"));
            server.enqueue(json(422, "{\"errors\":{\"UntPrice\":[\"bad\"]}}"));

            outcomes.add(client.me());
            outcomes.add(client.me());
            outcomes.add(client.updateUnitByName("D1", new UnitPayload("A", 1, BigDecimal.TEN, List.of())));
            LoggerFactory.getLogger(getClass())
                    .info("Configured: {}", new PropqProperties("https://api.propq.com", "42", SECRET));
        } finally {
            VERBOSE.forEach(logger -> logging.setLogLevel(logger, null));
        }

        assertThat(outcomes.get(1)).isInstanceOf(Success.class);
        assertThat(output.getAll())
                .contains("PropQ GET /api/v1/iam/me")
                .contains("clientSecret=****")
                .doesNotContain(SECRET)
                .doesNotContain(TOKEN);
        assertThat(outcomes.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
