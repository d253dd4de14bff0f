package com.propq.dashboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.sync.DeliveryEngineTest;
import com.propq.dashboard.sync.SyncQueueService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing against the sandbox over real HTTP, on PostgreSQL, one rule of publishing per test. */
@DeliveryEngineTest
@WithMockUser(username = "agent-ana", roles = "AGENT")
class PublishingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    PublishService publishing;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    PublishRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PropqClient client;

    @Autowired
    HistoryWriter historyWriter;

    @Autowired
    HistoryService history;

    @Autowired
    PublishProperties settings;

    @Autowired
    CatalogEditService catalogEditing;

    @Autowired
    SyncQueueService syncQueue;

    PublishTestData data;

    @BeforeEach
    void cleanSlate() {
        data = new PublishTestData(jdbc);
        data.cleanSlate(sandbox);
    }

    @Test
    void aPublishProgressesFromPublishingToTheFinalStatusAndBothStepsAreStored() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofSeconds(2)));
        var development = data.development();

        var request = publishing.publish(development);

        assertThat(request.state()).isEqualTo(PublishState.QUEUED);
        assertThat(request.requestedBy()).isEqualTo("agent-ana");
        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FINISHED"));
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING", "PUBLISHED");
        assertThat(data.request(request.id()).get("last_status")).isEqualTo("PUBLISHED");
        assertThat(data.request(request.id()).get("finished_at")).isNotNull();
        var timeline = publishing.timeline(development, 10).getFirst();
        assertThat(timeline.steps()).extracting(PublishStatusEvent::status).containsExactly("PUBLISHING", "PUBLISHED");
        assertThat(timeline.steps().getFirst().lastSeenAt())
                .isAfterOrEqualTo(timeline.steps().getFirst().firstSeenAt());
        assertThat(publishing
                        .lastRequests(java.util.List.of(development))
                        .get(development)
                        .lastStatus())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void everyPublishRequestAppearsInTheChangeHistory() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ZERO));
        var development = data.development();

        var request = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FINISHED"));
        var entries = history.page(HistoryFilter.ofDevelopment(development), 0, 50).stream()
                .filter(r -> r.kind() == HistoryKind.PUBLISH)
                .toList();
        assertThat(entries)
                .extracting(r -> r.actor() + " " + r.newValue())
                .containsExactlyInAnyOrder("agent-ana QUEUED", PublishStatusPoller.ACTOR + " PUBLISHED");
    }

    @Test
    void aFailureOutcomeIsStoredAsPropqReportedIt() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ZERO).withPublishOutcome("FAILED"));
        var development = data.development();

        var request = publishing.publish(development);

        await().atMost(PATIENCE)
                .until(() -> !PublishState.valueOf(data.state(request.id())).inProgress());
        assertThat(data.request(request.id()).get("last_status")).isEqualTo("FAILED");
        assertThat(data.steps(request.id())).endsWith("FAILED");
    }

    @Test
    void anUnknownStatusIsStoredExactlyAsReceived() {
        var unknown = "Pending-Review (manual) ✓";
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ZERO).withPublishOutcome(unknown));
        var development = data.development();

        var request = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FINISHED"));
        assertThat(data.steps(request.id())).containsExactly(unknown);
        assertThat(publishing.timeline(development, 1).getFirst().request().lastStatus())
                .isEqualTo(unknown);
    }

    @Test
    void anUnknownDevelopmentIsRefusedWith404AndTheRequestFailsWithPropqsAnswer() {
        var development = data.development("NOT-KNOWN-" + UUID.randomUUID());

        var request = publishing.publish(development);

        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FAILED"));
        assertThat((String) data.request(request.id()).get("error")).startsWith("404");
    }

    @Test
    @WithMockUser(username = "admin-ada", roles = "ADMIN")
    void aRefusedPublishThatAnAdminSendsAgainAfterTheFixIsPublishedAfterAll() {
        var development = data.development("NOT-KNOWN-" + UUID.randomUUID());
        var request = publishing.publish(development);
        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FAILED"));
        var parked = jdbc.sql("select id from outbox where development_id = :id and kind = 'PUBLISH' "
                        + "and state = 'PARKED'")
                .param("id", development)
                .query(Long.class)
                .single();

        // The fix: the development's PropQ id was mistyped; then the admin sends the parked publish again.
        catalogEditing.saveDevelopment(
                development,
                0,
                "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE),
                "Publish Test fixed",
                null,
                null);
        assertThat(syncQueue.retry(parked)).isTrue();

        await().atMost(PATIENCE).until(() -> data.state(request.id()).equals("FINISHED"));
        assertThat(data.request(request.id()).get("error")).isNull();
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING", "PUBLISHED");
        assertThat(jdbc.sql("select old_value || ' -> ' || new_value from change_history "
                                + "where entity_type = 'PUBLISH_REQUEST' and entity_id = :id order by id")
                        .param("id", request.id())
                        .query(String.class)
                        .list())
                .contains("QUEUED -> FAILED", "FAILED -> PUBLISHING");
    }

    @Test
    void aStatusPollAnswered404EndsTheRequestAsFailedAndPollingStops() {
        var development = data.development("NOT-KNOWN-" + UUID.randomUUID());
        long id = transactions.execute(tx -> {
            var requestId = repository.insert(development, "NOT-KNOWN-X", "x", "agent-ana");
            repository.accepted(requestId, "NOT-KNOWN-X", Duration.ZERO);
            return requestId;
        });

        await().atMost(PATIENCE).until(() -> data.state(id).equals("FAILED"));
        assertThat((String) data.request(id).get("error")).startsWith("404");
        assertThat(data.request(id).get("next_poll_at")).isNull();
    }

    @Test
    void aSecondPublishWhileOneIsInProgressIsRefused() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofSeconds(3)));
        var development = data.development();
        var first = publishing.publish(development);

        assertThatThrownBy(() -> publishing.publish(development))
                .isInstanceOf(PublishInProgressException.class)
                .satisfies(e ->
                        assertThat(((PublishInProgressException) e).requestId()).isEqualTo(first.id()));

        await().atMost(PATIENCE).until(() -> data.state(first.id()).equals("FINISHED"));
        var second = publishing.publish(development);
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void aRequestStillPublishingPastTheLimitIsTimedOutAndPollingStops() {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofHours(1)));
        var development = data.development();
        var request = publishing.publish(development);
        await().atMost(PATIENCE).until(() -> data.steps(request.id()).contains("PUBLISHING"));
        var impatient =
                poller(new PublishProperties(Duration.ZERO, Duration.ZERO, Duration.ZERO, null, null, null, null));

        await().atMost(PATIENCE).until(() -> {
            impatient.pollDue();
            return data.state(request.id()).equals("TIMED_OUT");
        });

        assertThat(data.request(request.id()).get("next_poll_at")).isNull();
        assertThat(impatient.pollDue()).isZero();
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING");
    }

    @Test
    void twoPollersNeverRecordTheSameObservationTwice() throws Exception {
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofHours(1)));
        var development = data.development();
        var request = publishing.publish(development);
        await().atMost(PATIENCE).until(() -> data.steps(request.id()).contains("PUBLISHING"));
        var pollers = java.util.List.of(poller(settings), poller(settings), poller(settings), poller(settings));
        var barrier = new CyclicBarrier(pollers.size());
        try (var threads = Executors.newFixedThreadPool(pollers.size())) {
            for (int round = 0; round < 10; round++) {
                jdbc.sql("update publish_request set next_poll_at = now() where id = :id")
                        .param("id", request.id())
                        .update();
                var claims = new ArrayList<Future<Integer>>();
                for (var poller : pollers) {
                    claims.add(threads.submit(() -> {
                        barrier.await();
                        return poller.pollDue();
                    }));
                }
                int claimed = 0;
                for (var claim : claims) {
                    claimed += claim.get();
                }
                assertThat(claimed)
                        .as("pollers that polled the request at once")
                        .isLessThanOrEqualTo(1);
            }
        }

        // Every status call made is recorded once: as many observations as calls, in one row per status.
        await().atMost(PATIENCE)
                .until(() ->
                        data.observations(request.id()) == sandbox.requests(PropqSandbox.Operation.PUBLISH_STATUS));
        assertThat(data.steps(request.id())).containsExactly("PUBLISHING");
    }

    private PublishStatusPoller poller(PublishProperties properties) {
        var poller = new PublishStatusPoller(repository, transactions, client, properties, historyWriter);
        poller.start();
        return poller;
    }
}
