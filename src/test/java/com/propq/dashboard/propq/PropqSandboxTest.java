package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.NotFound;
import com.propq.dashboard.propq.PropqOutcome.ServerError;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import com.propq.dashboard.propq.PropqOutcome.ValidationFailed;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.PropqSandbox.Operation;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The client against the sandbox, over real HTTP on the app's random port: the API document, call by call. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PropqSandboxTest {

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    PropqAddress sandboxAddress;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient raw =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private PropqClient client;

    @BeforeEach
    void freshPortalAndClient() {
        sandbox.reset();
        jdbc.update("delete from oauth2_authorized_client");
        client = TestClients.against(sandboxAddress, jdbc, Clock.systemUTC()).client();
    }

    @Test
    void meAnswersWhoWeAreAndTheTokenIsRequestedOnceThenReused() {
        var first = client.me();
        var second = client.me();

        assertThat(first)
                .isInstanceOfSatisfying(
                        Success.class,
                        s -> assertThat(((PropqIdentity) s.value()).attributes())
                                .containsEntry("name", "PropQ sandbox client"));
        assertThat(second).isInstanceOf(Success.class);
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(1);
        assertThat(sandbox.requests(Operation.ME)).isEqualTo(2);
    }

    @Test
    void theTokenIsStoredInTheDatabaseWithTheLifetimeThePortalAnnounced() {
        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofSeconds(7200)));
        var tokens = TestClients.against(sandboxAddress, jdbc, Clock.systemUTC());

        tokens.client().me();

        var state = tokens.tokens().state();
        assertThat(state.present()).isTrue();
        assertThat(Duration.between(state.issuedAt(), state.expiresAt())).isEqualTo(Duration.ofSeconds(7200));
        assertThat(jdbc.queryForObject("select count(*) from oauth2_authorized_client", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void updateByNameStoresTheUnitsAbsoluteStateAndALaterUpdateReplacesIt() {
        var first = client.updateUnitByName("RO-DEV-1001", unit("A-101", 1, "350000", "N", "SE"));
        var second = client.updateUnitByName("RO-DEV-1001", unit("A-101", 8, "349500.50"));

        assertThat(first).isInstanceOf(Success.class);
        assertThat(second).isInstanceOf(Success.class);
        assertThat(sandbox.unit("RO-DEV-1001", "A-101")).hasValueSatisfying(held -> {
            assertThat(held.status()).isEqualTo(8);
            assertThat(held.price()).isEqualByComparingTo("349500.50");
            assertThat(held.directions()).isEmpty();
            assertThat(held.updates()).isEqualTo(2);
        });
        assertThat(sandbox.units()).hasSize(1);
    }

    @Test
    void publishStaysPublishingUntilTheDelayHasPassedThenShowsTheFinalStatus() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofHours(1)));
        assertThat(client.publishStatus("RO-DEV-1002")).isEqualTo(new Success<>(new PublishStatus("DRAFT")));

        assertThat(client.publish("RO-DEV-1002")).isInstanceOf(Success.class);
        assertThat(client.publishStatus("RO-DEV-1002")).isEqualTo(new Success<>(new PublishStatus("PUBLISHING")));

        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ZERO));
        assertThat(client.publishStatus("RO-DEV-1002")).isEqualTo(new Success<>(new PublishStatus("PUBLISHED")));
    }

    @Test
    void thePublishOutcomeSwitchGivesAnotherFinalStatusKeptAsItComes() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ZERO).withPublishOutcome("REJECTED_BY_PORTAL"));

        client.publish("RO-DEV-1003");

        assertThat(client.publishStatus("RO-DEV-1003"))
                .isEqualTo(new Success<>(new PublishStatus("REJECTED_BY_PORTAL")));
    }

    @Test
    void anUnknownDevelopmentIsNotFoundForEveryDevelopmentCall() {
        assertThat(client.updateUnitByName("NOT-THERE", unit("A-1", 1, "1"))).isInstanceOf(NotFound.class);
        assertThat(client.publish("NOT-THERE")).isInstanceOf(NotFound.class);
        assertThat(client.publishStatus("NOT-THERE")).isInstanceOf(NotFound.class);
    }

    @Test
    void invalidUnitsAreRejectedWith422AndFieldErrors() {
        var outcome = client.updateUnitByName("RO-DEV-1001", unit(" ", 3, "-1"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ValidationFailed.class,
                        failed ->
                                assertThat(failed.fieldErrors()).containsOnlyKeys("UntName", "UntStatus", "UntPrice"));
        assertThat(sandbox.units()).isEmpty();
    }

    @Test
    void aNonNumericPriceAndDirectionsThatAreNotAnArrayAre422() throws Exception {
        var response = send(
                "POST",
                "/v1/developments/RO-DEV-1001/units/update-by-name",
                "application/json",
                "{\"UntName\":\"A-1\",\"UntStatus\":1,\"UntPrice\":\"cheap\",\"UntDirections\":\"N\"}",
                token());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(PropqResponses.fieldErrors(response.body())).containsOnlyKeys("UntPrice", "UntDirections");
    }

    @Test
    void aMissingNameIs422() throws Exception {
        var response = send(
                "POST",
                "/v1/developments/RO-DEV-1001/units/update-by-name",
                "application/json",
                "{\"UntStatus\":1,\"UntPrice\":10,\"UntDirections\":[]}",
                token());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(PropqResponses.fieldErrors(response.body())).containsOnlyKeys("UntName");
    }

    @Test
    void aWrongMethodIs419() throws Exception {
        var token = token();
        assertThat(send("GET", "/v1/developments/RO-DEV-1001/units/update-by-name", "application/json", null, token)
                        .statusCode())
                .isEqualTo(419);
        assertThat(send("POST", "/v1/developments/RO-DEV-1001/publish-status", "application/json", "{}", token)
                        .statusCode())
                .isEqualTo(419);
        assertThat(send("GET", "/oauth/token", null, null, null).statusCode()).isEqualTo(419);
    }

    @Test
    void aMissingJsonContentTypeIsAnsweredWithARedirect() throws Exception {
        var response = send("GET", "/api/v1/iam/me", null, null, token());

        assertThat(response.statusCode()).isBetween(300, 399);
        assertThat(response.headers().firstValue("Location")).isPresent();
    }

    @Test
    void aMissingOrUnknownTokenIs401() throws Exception {
        assertThat(send("GET", "/api/v1/iam/me", "application/json", null, null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/iam/me", "application/json", null, "1.2.3.forged")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theSandboxAnswersOnlyThisMachineNotACallerBehindAProxyNorAnotherAddress() throws Exception {
        var forwarded = raw.send(
                HttpRequest.newBuilder(URI.create(sandboxAddress.baseUrl() + "/oauth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.7")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=1&client_secret=sandbox-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.statusCode()).isEqualTo(403);

        var ownAddress = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(ownAddress.isPresent(), "this machine has a network address besides loopback");
        var elsewhere = URI.create(sandboxAddress
                        .baseUrl()
                        .replaceFirst("//[^:/]+", "//" + ownAddress.get().getHostAddress())
                + "/api/v1/iam/me");
        assertThat(raw.send(HttpRequest.newBuilder(elsewhere).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(sandbox.requests(Operation.TOKEN) + sandbox.requests(Operation.ME))
                .isZero();
    }

    @Test
    void aBodyOver64KbIsRefusedAndNothingIsStored() throws Exception {
        var notes = "x".repeat(64 * 1024);
        var response = send(
                "POST",
                "/v1/developments/RO-DEV-1/units/update-by-name",
                "application/json",
                "{\"UntName\":\"A-1\",\"UntStatus\":1,\"UntPrice\":1,\"padding\":\"" + notes + "\"}",
                token());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(sandbox.units()).isEmpty();
    }

    @Test
    void callsWithoutAValidTokenLeaveNothingBehindAndFinishedUpdatesAreForgotten() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(send(
                                    "POST",
                                    "/v1/developments/RO-DEV-" + i + "/units/update-by-name",
                                    "application/json",
                                    "{\"UntName\":\"junk-" + i + "\"}",
                                    "1.2.3.forged")
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(sandbox.unitsInFlight()).isZero();

        assertThat(client.updateUnitByName("RO-DEV-1", unit("A-1", 1, "100000", "N")))
                .isInstanceOf(Success.class);
        assertThat(sandbox.unitsInFlight())
                .as("the finished update is no longer tracked")
                .isZero();
    }

    @Test
    void theTokenEndpointWantsAFormWithTheCredentialsInTheBody() throws Exception {
        assertThat(send(
                                "POST",
                                "/oauth/token",
                                "application/json",
                                "{\"grant_type\":\"client_credentials\",\"client_id\":1,\"client_secret\":\"sandbox-secret\"}",
                                null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "POST",
                                "/oauth/token",
                                "application/x-www-form-urlencoded",
                                "grant_type=password&client_id=1&client_secret=sandbox-secret",
                                null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "POST",
                                "/oauth/token",
                                "application/x-www-form-urlencoded",
                                "grant_type=client_credentials&client_id=1&client_secret=wrong",
                                null)
                        .statusCode())
                .isEqualTo(401);

        var granted = send(
                "POST",
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=1&client_secret=sandbox-secret",
                null);
        assertThat(granted.statusCode()).isEqualTo(200);
        var json = JsonMapper.shared().readTree(granted.body());
        assertThat(json.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(json.get("expires_in").asLong()).isEqualTo(2_592_000L);
    }

    @Test
    void wrongCredentialsAreACredentialsProblemAndNoApiCallIsMade() {
        var wrong = TestClients.against(
                        TestClients.withCredentials(sandboxAddress, "1", "not-the-secret"), jdbc, Clock.systemUTC())
                .client();

        assertThat(wrong.me()).isInstanceOf(Unauthorized.class);
        assertThat(sandbox.requests(Operation.ME)).isZero();
    }

    @Test
    void anOutageAnswers503WithRetryAfterUntilItEnds() {
        client.me();
        sandbox.startOutage(Kind.SERVER_ERROR, Duration.ofHours(1));

        assertThat(client.me()).isInstanceOfSatisfying(ServerError.class, error -> {
            assertThat(error.status()).isEqualTo(503);
            assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(5));
            assertThat(error.body()).contains("<html>");
        });

        sandbox.endOutage();
        assertThat(client.me()).isInstanceOf(Success.class);
    }

    @Test
    void aConnectionRefusedOutageIsAConnectionFailure() {
        sandbox.startOutage(Kind.CONNECTION_REFUSED, Duration.ofHours(1));

        assertThat(client.me()).isInstanceOf(ConnectionFailed.class);
        assertThat(sandbox.requests(Operation.TOKEN)).isZero();
    }

    @Test
    void aFailureRateOfOneFailsEveryApiCallWith500() {
        sandbox.apply(sandbox.settings().withFailureRate(1));

        assertThat(client.me())
                .isInstanceOfSatisfying(
                        ServerError.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(client.publish("RO-DEV-1001")).isInstanceOf(ServerError.class);
    }

    @Test
    void afterAllTokensExpireOneCallGetsOneNewTokenAndSucceeds() {
        client.me();
        sandbox.expireAllTokens();

        assertThat(client.me()).isInstanceOf(Success.class);
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(2);
        assertThat(sandbox.requests(Operation.ME)).isEqualTo(3);
    }

    @Test
    void parallelCallsAfterAllTokensExpireShareExactlyOneNewToken() throws Exception {
        client.me();
        sandbox.expireAllTokens();

        var outcomes = parallel(12, () -> client.me());

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Success.class));
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(2);
    }

    @Test
    void parallelCallsAfterTheTokenExpiredByTimeShareExactlyOneNewToken() throws Exception {
        // Only the client's clock moves; the library stamps new tokens with the real time, so the renewed
        // token gets a long life to be fresh on the moved clock.
        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofHours(2)));
        var clock = new MutableClock(Clock.systemUTC().instant());
        var timed = TestClients.against(sandboxAddress, jdbc, clock).client();
        timed.me();
        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofDays(30)));
        clock.advance(Duration.ofHours(3));

        var outcomes = parallel(12, () -> timed.me());

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Success.class));
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(2);
    }

    @Test
    void aTokenIsRenewedTheConfiguredMarginBeforeItExpires() {
        var clock = new MutableClock(Clock.systemUTC().instant());
        var renewing = TestClients.against(sandboxAddress, jdbc, clock, Duration.ofSeconds(10), Duration.ofDays(1))
                .client();
        renewing.me();

        clock.advance(Duration.ofDays(28).plusHours(23));
        renewing.me();
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(1);

        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofDays(60)));
        clock.advance(Duration.ofHours(2));
        renewing.me();
        renewing.me();
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(2);
    }

    @Test
    void aShortLivedTokenIsRenewedAtHalfItsLifeNotOnEveryCall() {
        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofSeconds(7200)));
        var clock = new MutableClock(Clock.systemUTC().instant());
        var renewing = TestClients.against(sandboxAddress, jdbc, clock).client();
        renewing.me();
        renewing.me();
        clock.advance(Duration.ofMinutes(59));
        renewing.me();
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(1);

        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofDays(30)));
        clock.advance(Duration.ofMinutes(2));
        renewing.me();
        renewing.me();
        assertThat(sandbox.requests(Operation.TOKEN)).isEqualTo(2);
    }

    @Test
    void theSandboxCountsUpdatesOfOneUnitThatAreInFlightTogether() throws Exception {
        client.me();
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(1500)));

        parallel(2, () -> client.updateUnitByName("RO-DEV-1001", unit("B-2", 2, "500000")));

        assertThat(sandbox.maxInFlightPerUnit()).isEqualTo(2);
        assertThat(sandbox.unit("RO-DEV-1001", "B-2"))
                .hasValueSatisfying(u -> assertThat(u.updates()).isEqualTo(2));
    }

    @Test
    void updatesOfOneUnitOneAfterTheOtherAreNeverInFlightTogether() {
        client.updateUnitByName("RO-DEV-1001", unit("B-3", 2, "500000"));
        client.updateUnitByName("RO-DEV-1001", unit("B-3", 4, "500000"));

        assertThat(sandbox.maxInFlightPerUnit()).isEqualTo(1);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static UnitPayload unit(String name, int status, String price, String... directions) {
        return new UnitPayload(name, status, new BigDecimal(price), List.of(directions));
    }

    private static <T> List<T> parallel(int count, Callable<T> call) throws Exception {
        try (var pool = Executors.newFixedThreadPool(count)) {
            var futures =
                    pool.invokeAll(IntStream.range(0, count).mapToObj(i -> call).toList());
            var results = new java.util.ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private String token() throws Exception {
        var response = send(
                "POST",
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=1&client_secret=sandbox-secret",
                null);
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> send(
            String method, String path, @Nullable String contentType, @Nullable String body, @Nullable String bearer)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(sandboxAddress.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
