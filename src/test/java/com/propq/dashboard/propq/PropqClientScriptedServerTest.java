package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqOutcome.BadRequest;
import com.propq.dashboard.propq.PropqOutcome.Forbidden;
import com.propq.dashboard.propq.PropqOutcome.MalformedResponse;
import com.propq.dashboard.propq.PropqOutcome.NotFound;
import com.propq.dashboard.propq.PropqOutcome.Redirected;
import com.propq.dashboard.propq.PropqOutcome.ServerError;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.PropqOutcome.Timeout;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import com.propq.dashboard.propq.PropqOutcome.UnexpectedStatus;
import com.propq.dashboard.propq.PropqOutcome.ValidationFailed;
import com.propq.dashboard.propq.PropqOutcome.WrongMethod;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The client against a scripted HTTP server, for answers the sandbox never gives. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PropqClientScriptedServerTest {

    private static final String TOKEN = "{\"token_type\":\"Bearer\",\"expires_in\":7200,\"access_token\":\"tok-1\"}";

    @Autowired
    JdbcTemplate jdbc;

    private MockWebServer server;
    private PropqClient client;

    @BeforeEach
    void start() throws Exception {
        jdbc.update("delete from oauth2_authorized_client");
        server = new MockWebServer();
        server.start();
        client = clientWithReadTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theTokenRequestIsAFormWithTheCredentialsInTheBodyAndNoJsonContentType() throws Exception {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(200, "{\"id\":5,\"name\":\"Agency\"}"));

        assertThat(client.me()).isInstanceOf(Success.class);

        var token = server.takeRequest();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getTarget()).isEqualTo("/root/oauth/token");
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getHeaders().get("Authorization")).isNull();
        assertThat(form(token))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "grant_type", "client_credentials", "client_id", "5", "client_secret", "s3cret value&more"));
        var me = server.takeRequest();
        assertThat(me.getMethod()).isEqualTo("GET");
        assertThat(me.getTarget()).isEqualTo("/root/api/v1/iam/me");
        assertThat(me.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    }

    @Test
    void everyDevelopmentCallSendsJsonContentTypeTheBearerAndAnEncodedDevelopmentId() throws Exception {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(200, "{\"success\":true}"));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{\"DevStatus\":\"PUBLISHING\"}"));

        var unit = new UnitPayload("A 1", 2, new BigDecimal("123456.50"), List.of("N", "SE"));
        assertThat(client.updateUnitByName("A/B 1", unit)).isInstanceOf(Success.class);
        assertThat(client.publish("A/B 1")).isInstanceOf(Success.class);
        assertThat(client.publishStatus("A/B 1")).isEqualTo(new Success<>(new PublishStatus("PUBLISHING")));

        server.takeRequest();
        var update = server.takeRequest();
        assertThat(update.getMethod()).isEqualTo("POST");
        assertThat(update.getTarget()).isEqualTo("/root/v1/developments/A%2FB%201/units/update-by-name");
        assertThat(update.getBody().utf8())
                .isEqualTo(
                        "{\"UntName\":\"A 1\",\"UntStatus\":2,\"UntPrice\":123456.50,\"UntDirections\":[\"N\",\"SE\"]}");
        // A body goes with its length, never chunked: a server may refuse chunked requests, PropQ's document shows
        // none.
        assertThat(update.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(update.getBodySize()));
        assertThat(update.getHeaders().get("Transfer-Encoding")).isNull();
        var publish = server.takeRequest();
        assertThat(publish.getMethod()).isEqualTo("POST");
        assertThat(publish.getTarget()).isEqualTo("/root/v1/developments/A%2FB%201/publish");
        var status = server.takeRequest();
        assertThat(status.getMethod()).isEqualTo("GET");
        assertThat(status.getTarget()).isEqualTo("/root/v1/developments/A%2FB%201/publish-status");
        for (var call : List.of(update, publish, status)) {
            assertThat(call.getHeaders().get("Content-Type")).isEqualTo("application/json");
            assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
            // An answer read to its end leaves its connection for the next call.
            assertThat(call.getConnectionIndex()).isEqualTo(update.getConnectionIndex());
        }
    }

    @Test
    void configuredPathsReplaceTheDocumentedOnes() throws Exception {
        var paths = new PropqProperties.Paths(
                "/auth", "/who", "/d/{development_id}/u", "/d/{development_id}/p", "/d/{development_id}/s");
        var custom = TestClients.against(
                        address(),
                        jdbc,
                        Clock.systemUTC(),
                        new PropqProperties("http://unused", null, null, paths, null, null, null, null, null, null))
                .client();
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));

        custom.me();
        custom.publish("D1");

        assertThat(List.of(
                        server.takeRequest().getTarget(),
                        server.takeRequest().getTarget(),
                        server.takeRequest().getTarget()))
                .containsExactly("/root/auth", "/root/who", "/root/d/D1/p");
    }

    @Test
    void aRedirectIsReportedWithItsLocationAndNotFollowed() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", "https://api.propq.com/login")
                .build());

        assertThat(client.me()).isEqualTo(new Redirected<>(302, "https://api.propq.com/login", ""));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anHtmlErrorPageIsAServerErrorThatKeepsThePage() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        assertThat(client.me()).isInstanceOfSatisfying(ServerError.class, error -> {
            assertThat(error.status()).isEqualTo(502);
            assertThat(error.body()).contains("502 Bad Gateway");
        });
    }

    @Test
    void aSuccessStatusWithABodyThatIsNotTheDocumentedJsonIsMalformed() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(html(200, "<html><body>Please sign in</body></html>"));
        server.enqueue(json(200, "{\"Status\":\"PUBLISHING\"}"));
        server.enqueue(json(200, "[1,2"));

        assertThat(client.updateUnitByName("D1", new UnitPayload("A", 1, BigDecimal.ONE, List.of())))
                .isEqualTo(new MalformedResponse<>(200, "<html><body>Please sign in</body></html>"));
        assertThat(client.publishStatus("D1")).isInstanceOf(MalformedResponse.class);
        assertThat(client.me()).isInstanceOf(MalformedResponse.class);
    }

    @Test
    void a422ReadsFieldErrorsAndKeepsTheRawBodyWhenItCannotBeRead() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(422, "{\"message\":\"invalid\",\"errors\":{\"UntPrice\":[\"must be a number\"]}}"));
        server.enqueue(html(422, "<p>Unprocessable</p>"));
        var unit = new UnitPayload("A", 1, BigDecimal.ONE, List.of());

        assertThat(client.updateUnitByName("D1", unit))
                .isInstanceOfSatisfying(
                        ValidationFailed.class,
                        failed -> assertThat(failed.fieldErrors())
                                .isEqualTo(Map.of("UntPrice", List.of("must be a number"))));
        assertThat(client.updateUnitByName("D1", unit))
                .isEqualTo(new ValidationFailed<>(Map.of(), "<p>Unprocessable</p>"));
    }

    @Test
    void eachDocumentedErrorCodeHasItsOwnOutcome() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(400, "{\"message\":\"bad\"}"));
        server.enqueue(json(403, "{\"message\":\"forbidden\"}"));
        server.enqueue(json(404, "{\"message\":\"no such development\"}"));
        server.enqueue(json(419, "{\"message\":\"wrong method\"}"));
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "30")
                .body("slow down")
                .build());

        assertThat(client.publish("D1")).isEqualTo(new BadRequest<>("{\"message\":\"bad\"}"));
        assertThat(client.publish("D1")).isEqualTo(new Forbidden<>("{\"message\":\"forbidden\"}"));
        assertThat(client.publish("D1")).isEqualTo(new NotFound<>("{\"message\":\"no such development\"}"));
        assertThat(client.publish("D1")).isEqualTo(new WrongMethod<>("{\"message\":\"wrong method\"}"));
        assertThat(client.publish("D1")).isEqualTo(new UnexpectedStatus<>(429, "slow down", Duration.ofSeconds(30)));
    }

    @Test
    void aSlowAnswerEndsInATimeout() {
        var impatient = clientWithReadTimeout(Duration.ofMillis(300));
        server.enqueue(json(200, TOKEN));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(3, TimeUnit.SECONDS)
                .build());

        assertThat(impatient.me()).isInstanceOf(Timeout.class);
    }

    /**
     * Each byte comes well within the read timeout, the whole answer would take 8 s: the call ends at its deadline
     * (connect + read timeout, 2.3 s here) instead, or a delivery could outlive its lease.
     */
    @Test
    void anAnswerTrickledInEndsInATimeoutAtTheCallsDeadline() {
        var impatient = clientWithReadTimeout(Duration.ofMillis(300));
        server.enqueue(json(200, TOKEN));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": \"" + "x".repeat(30) + "\"}")
                .throttleBody(1, 200, TimeUnit.MILLISECONDS)
                .build());

        assertThat(impatient.me()).isInstanceOf(Timeout.class);
    }

    /**
     * An answer is read up to 256 KB and the rest is never read, not even to reuse the connection: it is dropped, and
     * the next call opens another. Sent in full, this 1 MB answer would take 8 s.
     */
    @Test
    void anAnswerPastTheCapIsCutAndTheRestIsNeverRead() throws Exception {
        server.enqueue(json(200, TOKEN));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .throttleBody(64 * 1024, 500, TimeUnit.MILLISECONDS)
                .build());
        server.enqueue(json(200, "{\"id\":5,\"name\":\"Agency\"}"));

        assertThat(client.me()).isInstanceOf(MalformedResponse.class);
        assertThat(client.me()).isInstanceOf(Success.class);

        server.takeRequest();
        var cut = server.takeRequest();
        var next = server.takeRequest();
        assertThat(next.getConnectionIndex()).isNotEqualTo(cut.getConnectionIndex());
    }

    @Test
    void aSlowTokenEndpointEndsInATimeoutToo() {
        var impatient = clientWithReadTimeout(Duration.ofMillis(300));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(TOKEN)
                .headersDelay(3, TimeUnit.SECONDS)
                .build());

        assertThat(impatient.me()).isInstanceOf(Timeout.class);
    }

    @Test
    void one401IsCuredByOneNewTokenAndOneRetry() throws Exception {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(401, "{\"message\":\"Unauthenticated.\"}"));
        server.enqueue(json(200, TOKEN.replace("tok-1", "tok-2")));
        server.enqueue(json(200, "{\"id\":5}"));

        assertThat(client.me()).isInstanceOf(Success.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
        server.takeRequest();
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
    }

    @Test
    void a401WithAFreshTokenIsACredentialsProblem() {
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(401, "{\"message\":\"Unauthenticated.\"}"));
        server.enqueue(json(200, TOKEN.replace("tok-1", "tok-2")));
        server.enqueue(json(401, "{\"message\":\"Unauthenticated.\"}"));

        assertThat(client.me()).isEqualTo(new Unauthorized<>("{\"message\":\"Unauthenticated.\"}"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void theTokenEndpointsFailuresAreTypedLikeAnyOther() {
        server.enqueue(json(401, "{\"error\":\"invalid_client\"}"));
        server.enqueue(html(500, "<html>Whoops</html>"));
        server.enqueue(html(200, "<html>not a token</html>"));
        server.enqueue(new MockResponse.Builder()
                .code(301)
                .addHeader("Location", "https://elsewhere/")
                .build());

        assertThat(client.me()).isEqualTo(new Unauthorized<>("{\"error\":\"invalid_client\"}"));
        assertThat(client.me())
                .isInstanceOfSatisfying(
                        ServerError.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(client.me()).isInstanceOf(MalformedResponse.class);
        assertThat(client.me()).isEqualTo(new Redirected<>(301, "https://elsewhere/", ""));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void theTokenLifetimeIsTheOneTheResponseAnnounces() {
        var tokens = TestClients.against(address(), jdbc, Clock.systemUTC());
        server.enqueue(json(200, TOKEN));
        server.enqueue(json(200, "{}"));

        tokens.client().me();

        var state = tokens.tokens().state();
        assertThat(Duration.between(state.issuedAt(), state.expiresAt())).isEqualTo(Duration.ofSeconds(7200));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private PropqClient clientWithReadTimeout(Duration readTimeout) {
        return TestClients.against(address(), jdbc, Clock.systemUTC(), readTimeout, Duration.ofDays(1))
                .client();
    }

    private PropqAddress address() {
        return TestClients.address(server.url("/root/").toString(), "5", "s3cret value&more");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse html(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "text/html; charset=utf-8")
                .body(body)
                .build();
    }

    private static Map<String, String> form(RecordedRequest request) {
        return Arrays.stream(request.getBody().utf8().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
