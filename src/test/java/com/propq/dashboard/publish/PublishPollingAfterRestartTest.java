package com.propq.dashboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.PropqDashboardApplication;
import com.propq.dashboard.propq.PropqClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A restarted app (a new Spring context on the same database, which lives outside both) goes on polling the
 * publish the first one left PUBLISHING, and adds the final status without repeating the step already stored.
 */
class PublishPollingAfterRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void pollingResumesAfterARestartWithoutDuplicateEvents() throws Exception {
        try (var database = EmbeddedPostgres.builder().start()) {
            var url = database.getJdbcUrl("postgres", "postgres");
            String propqId = "RO-DEV-424242";
            long requestId;
            try (var first = start(url, "1h", null)) {
                var jdbc = first.getBean(JdbcClient.class);
                var data = new PublishTestData(jdbc);
                var development = data.development(propqId);
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "agent-ana", "n/a", List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
                try {
                    requestId = first.getBean(PublishService.class)
                            .publish(development)
                            .id();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                await().atMost(PATIENCE).until(() -> data.steps(requestId).contains("PUBLISHING"));
            }
            // PropQ keeps its state while we are down: the new instance's sandbox learns the publish before the
            // poller starts (on ApplicationReadyEvent), and has finished it.
            ApplicationListener<ApplicationStartedEvent> propqRemembers = event ->
                    event.getApplicationContext().getBean(PropqClient.class).publish(propqId);
            try (var second = start(url, "0s", propqRemembers)) {
                var data = new PublishTestData(second.getBean(JdbcClient.class));
                await().atMost(PATIENCE).until(() -> data.state(requestId).equals("FINISHED"));
                assertThat(data.steps(requestId)).containsExactly("PUBLISHING", "PUBLISHED");
                var rows = second.getBean(JdbcClient.class)
                        .sql("select count(*) from publish_status_event where request_id = :id")
                        .param("id", requestId)
                        .query(Integer.class)
                        .single();
                assertThat(rows).isEqualTo(2);
            }
        }
    }

    private static ConfigurableApplicationContext start(
            String jdbcUrl, String sandboxPublishDelay, ApplicationListener<?> listener) {
        var builder = new SpringApplicationBuilder(PropqDashboardApplication.class);
        if (listener != null) {
            builder.listeners(listener);
        }
        // Command-line arguments, so that they win over the tests' config/application.properties.
        return builder.run(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--app.sync.enabled=true",
                "--app.publish.poll-initial-delay=200ms",
                "--app.publish.poll-max-delay=500ms",
                "--app.publish.poll-interval=100ms",
                "--app.publish.lease=5s",
                "--propq.sandbox.publish-delay=" + sandboxPublishDelay);
    }
}
