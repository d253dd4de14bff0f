package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every documented PropQ answer (API 1.7.0, "Response code") becomes its own outcome, and each says whether to try
 * again later: without Spring, a server or a network.
 */
class PropqResponsesTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    /** Reads {@code DevStatus} as the publish-status call does; anything else is not the documented JSON. */
    private static final Function<String, String> DEV_STATUS =
            body -> JsonMapper.shared().readTree(body).get("DevStatus").asString();

    private static PropqOutcome<String> answer(int status, String body) {
        return answer(status, new HttpHeaders(), body);
    }

    private static PropqOutcome<String> answer(int status, HttpHeaders headers, String body) {
        return PropqResponses.classify(status, headers, body, DEV_STATUS, NOW);
    }

    private static HttpHeaders header(String name, String value) {
        var headers = new HttpHeaders();
        headers.add(name, value);
        return headers;
    }

    @Test
    void a2xxWithTheDocumentedJsonIsASuccessWithItsValue() {
        assertThat(answer(200, "{\"DevStatus\":\"PUBLISHED\"}")).isEqualTo(new PropqOutcome.Success<>("PUBLISHED"));
    }

    @Test
    void a2xxWithAProxysHtmlPageIsAMalformedResponseToTryAgainLater() {
        var outcome = answer(200, "<html><body>Proxy says hello</body></html>");

        assertThat(outcome)
                .isEqualTo(new PropqOutcome.MalformedResponse<>(200, "<html><body>Proxy says hello</body></html>"));
        assertThat(((PropqOutcome.Failure<?>) outcome).isTransient()).isTrue();
    }

    @Test
    void a3xxIsARedirectKeptWithItsLocationNeverFollowedAndNotRetried() {
        var outcome = answer(302, header(HttpHeaders.LOCATION, "/login"), "<html>login</html>");

        assertThat(outcome).isEqualTo(new PropqOutcome.Redirected<>(302, "/login", "<html>login</html>"));
        var failure = (PropqOutcome.Failure<?>) outcome;
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.detail()).isEqualTo("302: Location: /login\n<html>login</html>");
    }

    @Test
    void theDocumentedRefusalsEachHaveTheirOwnOutcomeAndAreNotRetried() {
        var refusals = List.of(
                answer(400, "bad"),
                answer(401, "Unauthenticated."),
                answer(403, "no"),
                answer(404, "Development not found."),
                answer(419, "method"),
                answer(409, "conflict"));

        assertThat(refusals)
                .containsExactly(
                        new PropqOutcome.BadRequest<>("bad"),
                        new PropqOutcome.Unauthorized<>("Unauthenticated."),
                        new PropqOutcome.Forbidden<>("no"),
                        new PropqOutcome.NotFound<>("Development not found."),
                        new PropqOutcome.WrongMethod<>("method"),
                        new PropqOutcome.UnexpectedStatus<>(409, "conflict", null));
        assertThat(refusals)
                .allSatisfy(o ->
                        assertThat(((PropqOutcome.Failure<?>) o).isTransient()).isFalse());
    }

    @Test
    void a422KeepsTheFieldErrorsAsPropqNamedThem() {
        var body = "{\"message\":\"The given data was invalid.\",\"errors\":{\"UntPrice\":[\"must be a number\"]}}";

        assertThat(answer(422, body))
                .isEqualTo(new PropqOutcome.ValidationFailed<>(Map.of("UntPrice", List.of("must be a number")), body));
    }

    @Test
    void a5xxIsAServerErrorToTryAgainNoSoonerThanItsRetryAfterInSeconds() {
        var outcome = answer(503, header(HttpHeaders.RETRY_AFTER, "30"), "<html>down</html>");

        assertThat(outcome).isEqualTo(new PropqOutcome.ServerError<>(503, "<html>down</html>", Duration.ofSeconds(30)));
        var failure = (PropqOutcome.Failure<?>) outcome;
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.detail()).isEqualTo("503 (Retry-After 30 s): <html>down</html>");
    }

    @Test
    void a429And408AreToTryAgainLaterAndARetryAfterDateCountsFromNow() {
        var slowDown = answer(429, header(HttpHeaders.RETRY_AFTER, "Mon, 30 Nov 2026 10:01:00 GMT"), "slow down");
        var requestTimeout = answer(408, "Request Timeout");

        assertThat(slowDown).isEqualTo(new PropqOutcome.UnexpectedStatus<>(429, "slow down", Duration.ofMinutes(1)));
        assertThat(requestTimeout).isEqualTo(new PropqOutcome.UnexpectedStatus<>(408, "Request Timeout", null));
        assertThat(List.of(slowDown, requestTimeout))
                .allSatisfy(o ->
                        assertThat(((PropqOutcome.Failure<?>) o).isTransient()).isTrue());
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        assertThat(answer(503, header(HttpHeaders.RETRY_AFTER, "soon"), ""))
                .isEqualTo(new PropqOutcome.ServerError<>(503, "", null));
    }

    @Test
    void aLongBodyIsCutToTheKeptLength() {
        var outcome = (PropqOutcome.ServerError<String>) answer(500, "x".repeat(PropqOutcome.MAX_BODY + 100));

        assertThat(outcome.body()).hasSize(PropqOutcome.MAX_BODY + 1).endsWith("x…");
    }

    @Test
    void noResponseIsATimeoutOrAFailedConnectionAndBothAreTriedAgain() {
        var timeout = PropqResponses.<String>noResponse(
                new RuntimeException(new java.net.SocketTimeoutException("Read timed out")));
        var slowConnect = PropqResponses.<String>noResponse(
                new RuntimeException(new org.apache.hc.client5.http.ConnectTimeoutException("Connect timed out")));
        var refused = PropqResponses.<String>noResponse(
                new RuntimeException(new java.net.ConnectException("Connection refused")));

        assertThat(timeout).isEqualTo(new PropqOutcome.Timeout<>("SocketTimeoutException: Read timed out"));
        assertThat(slowConnect).isEqualTo(new PropqOutcome.Timeout<>("ConnectTimeoutException: Connect timed out"));
        assertThat(refused).isEqualTo(new PropqOutcome.ConnectionFailed<>("ConnectException: Connection refused"));
        assertThat(List.of(timeout, slowConnect, refused)).allSatisfy(f -> {
            assertThat(f.isTransient()).isTrue();
            assertThat(f.detail()).isEqualTo(f.answer());
        });
    }
}
