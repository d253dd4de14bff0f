package com.propq.dashboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.sync.DeliveryEngineTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publishing against a scripted PropQ (live mode), for answers the sandbox never gives: a publish call that says
 * PUBLISHING and a PropQ done before the first poll; status polls answered 408 or with a proxy's HTML page; a
 * publish call refused even with a fresh token.
 */
@DeliveryEngineTest
@WithMockUser(username = "agent-ana", roles = "AGENT")
class PublishAgainstScriptedPropqTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final MockWebServer PROPQ = new MockWebServer();
    private static final ConcurrentLinkedDeque<MockResponse> STATUS_ANSWERS = new ConcurrentLinkedDeque<>();
    private static final ConcurrentLinkedDeque<MockResponse> PUBLISH_ANSWERS = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger STATUS_POLLS = new AtomicInteger();

    @Autowired
    PublishService publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PropqCredentials credentials;

    PublishTestData data;

    @DynamicPropertySource
    static void scriptedPropq(DynamicPropertyRegistry registry) {
        try {
            PROPQ.setDispatcher(new ScriptedPropq());
            PROPQ.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("propq.base-url", () -> PROPQ.url("/").toString());
        registry.add("propq.client-id", () -> "5");
        registry.add("propq.client-secret", () -> "scripted-secret");
    }

    @AfterAll
    static void stop() {
        PROPQ.close();
    }

    @BeforeEach
    void cleanSlate() {
        data = new PublishTestData(jdbc);
        jdbc.sql("delete from outbox").update();
        STATUS_ANSWERS.clear();
        PUBLISH_ANSWERS.clear();
        STATUS_POLLS.set(0);
    }

    @Test
    void aPublishPropqFinishedBeforeTheFirstPollShowsPublishingThenTheFinalStatus() {
        STATUS_ANSWERS.add(json("{\"DevStatus\":\"PUBLISHED\"}"));
        var development = data.development();

        var request = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FINISHED"));
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING", "PUBLISHED");
        assertThat(sources(request.id())).containsExactly("PUBLISH", "POLL");
        assertThat(publishing.timeline(development, 10).getFirst().steps())
                .extracting(PublishStatusEvent::status)
                .containsExactly("PUBLISHING", "PUBLISHED");
        assertThat(STATUS_POLLS).hasValue(1);
    }

    @Test
    void aStatusPollAnswered408ThenWithAnHtmlPageAsksAgainAndFinishesWhenPropqAnswersProperly() {
        STATUS_ANSWERS.add(
                new MockResponse.Builder().code(408).body("Request Timeout").build());
        STATUS_ANSWERS.add(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<html><body>Proxy says hello</body></html>")
                .build());
        STATUS_ANSWERS.add(json("{\"DevStatus\":\"PUBLISHED\"}"));
        var development = data.development();

        var request = publishing.publish(development);

        await().atMost(PATIENCE)
                .until(() -> !data.state(request.id()).equals("QUEUED")
                        && !data.state(request.id()).equals("PUBLISHING"));
        assertThat(data.state(request.id())).isEqualTo("FINISHED");
        assertThat(data.request(request.id()).get("last_status")).isEqualTo("PUBLISHED");
        assertThat(STATUS_POLLS).hasValue(3);
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING", "PUBLISHED");
    }

    @Test
    void aPublishCallRefusedEvenWithAFreshTokenFlagsTheCredentialsUntilPropqAcceptsACallAgain() {
        var unauthenticated = new MockResponse.Builder()
                .code(401)
                .addHeader("Content-Type", "application/json")
                .body("{\"message\":\"Unauthenticated.\"}")
                .build();
        PUBLISH_ANSWERS.add(unauthenticated);
        PUBLISH_ANSWERS.add(unauthenticated);
        var development = data.development();

        var refused = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> credentials.refusedSince() != null);
        await().atMost(PATIENCE)
                .until(() -> !data.state(refused.id()).equals("QUEUED")
                        && !data.state(refused.id()).equals("PUBLISHING"));

        var again = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> data.state(again.id()).equals("FINISHED"));
        await().atMost(PATIENCE).until(() -> credentials.refusedSince() == null);
    }

    private java.util.List<String> sources(long requestId) {
        return jdbc.sql("select source from publish_status_event where request_id = :id order by first_seen_at, id")
                .param("id", requestId)
                .query(String.class)
                .list();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Tokens and publish calls as the document shows; status polls answered from the test's script. */
    private static final class ScriptedPropq extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            var target = request.getTarget();
            if (target.endsWith("/oauth/token")) {
                return json("{\"token_type\":\"Bearer\",\"expires_in\":2592000,\"access_token\":\"tok\"}");
            }
            if (target.endsWith("/publish")) {
                var next = PUBLISH_ANSWERS.poll();
                return next != null ? next : json("{\"DevStatus\":\"PUBLISHING\"}");
            }
            if (target.endsWith("/publish-status")) {
                STATUS_POLLS.incrementAndGet();
                var next = STATUS_ANSWERS.poll();
                return next != null ? next : json("{\"DevStatus\":\"PUBLISHED\"}");
            }
            return json("{}");
        }
    }
}
