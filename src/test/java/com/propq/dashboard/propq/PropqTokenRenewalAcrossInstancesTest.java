package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.PropqDashboardApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the app (two Spring contexts) on one database, against a PropQ token endpoint that counts its
 * requests: when both find the stored token due at the same moment, PropQ gets one token request and both use it.
 */
class PropqTokenRenewalAcrossInstancesTest {

    private final AtomicInteger tokenRequests = new AtomicInteger();

    @Test
    void twoInstancesThatFindTheStoredTokenDueMakeOneTokenRequest() throws Exception {
        try (var database = EmbeddedPostgres.builder().start();
                var propq = new MockWebServer()) {
            propq.setDispatcher(new CountingPropq());
            propq.start();
            var url = database.getJdbcUrl("postgres", "postgres");
            try (var first = start(url, propq);
                    var second = start(url, propq)) {
                assertThat(first.getBean(PropqTokens.class).accessToken()).isEqualTo("tok-1");
                makeStoredTokenDue(first.getBean(JdbcTemplate.class));

                var barrier = new CyclicBarrier(2);
                try (var instances = Executors.newFixedThreadPool(2)) {
                    var a = instances.submit(() -> renewWhenDue(first, barrier));
                    var b = instances.submit(() -> renewWhenDue(second, barrier));
                    assertThat(a.get(60, TimeUnit.SECONDS)).isTrue();
                    assertThat(b.get(60, TimeUnit.SECONDS)).isTrue();
                }

                assertThat(tokenRequests).hasValue(2);
                assertThat(first.getBean(PropqTokens.class).accessToken()).isEqualTo("tok-2");
                assertThat(second.getBean(PropqTokens.class).accessToken()).isEqualTo("tok-2");
            }
        }
    }

    /** Both instances run their scheduled renewal at once; each answers true: it found the token due. */
    private static boolean renewWhenDue(ConfigurableApplicationContext instance, CyclicBarrier barrier)
            throws Exception {
        barrier.await();
        return instance.getBean(PropqTokens.class).renewIfDue();
    }

    /** The stored token is now inside its renewal margin (one day before expiry, at most half its life). */
    private static void makeStoredTokenDue(JdbcTemplate jdbc) {
        assertThat(jdbc.update("""
                update oauth2_authorized_client
                set access_token_issued_at = now() - interval '29 days',
                    access_token_expires_at = now() + interval '12 hours'""")).isEqualTo(1);
    }

    private static ConfigurableApplicationContext start(String jdbcUrl, MockWebServer propq) {
        return new SpringApplicationBuilder(PropqDashboardApplication.class)
                // Arguments, not default properties: those would lose to application.properties (port 8080).
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--propq.base-url=" + propq.url("/"),
                        "--propq.client-id=7",
                        "--propq.client-secret=instance-secret",
                        // Nothing runs the renewal but the test, at the moment it chooses.
                        "--propq.token-renewal-check-interval=1d");
    }

    /** Token requests answered slowly, so that the second instance asks while the first one waits. */
    private final class CountingPropq extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (request.getTarget().endsWith("/oauth/token")) {
                var n = tokenRequests.incrementAndGet();
                return new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"token_type\":\"Bearer\",\"expires_in\":2592000,\"access_token\":\"tok-" + n + "\"}")
                        .headersDelay(500, TimeUnit.MILLISECONDS)
                        .build();
            }
            return new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body("{}")
                    .build();
        }
    }
}
