package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.PropqDashboardApplication;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.PropqSandbox.Operation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restarted app (a new Spring context on the same database) reuses the stored token: it makes no token request.
 * The database lives outside both contexts, as a real one would.
 */
class PropqTokenReuseAfterRestartTest {

    @Test
    void aNewInstanceOnTheSameDatabaseReusesTheStoredTokenWithoutATokenRequest() throws Exception {
        try (var database = EmbeddedPostgres.builder().start()) {
            var url = database.getJdbcUrl("postgres", "postgres");
            try (var first = start(url)) {
                assertThat(first.getBean(PropqClient.class).me()).isInstanceOf(Success.class);
                assertThat(first.getBean(PropqSandbox.class).requests(Operation.TOKEN))
                        .isEqualTo(1);
            }
            try (var second = start(url)) {
                assertThat(second.getBean(PropqClient.class).me()).isInstanceOf(Success.class);
                assertThat(second.getBean(PropqSandbox.class).requests(Operation.ME))
                        .isEqualTo(1);
                assertThat(second.getBean(PropqSandbox.class).requests(Operation.TOKEN))
                        .isZero();
            }
        }
    }

    private static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(PropqDashboardApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=")
                .run();
    }
}
