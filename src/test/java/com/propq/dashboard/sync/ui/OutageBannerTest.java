package com.propq.dashboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.sync.SyncUpdates;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** While the circuit is open every page says since when PropQ is unreachable and how much waits. */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
@WithMockUser(username = "agent", roles = "AGENT")
class OutageBannerTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SyncUpdates updates;

    @AfterEach
    void closeTheCircuit() {
        jdbc.sql("update sync_circuit set unreachable_since = null, consecutive_failures = 0")
                .update();
        await().atMost(Duration.ofSeconds(10)).until(() -> !updates.current().circuitOpen());
    }

    @Test
    void everyPageShowsSinceWhenPropqIsUnreachableAndHowManyChangesWait() {
        navigate(DevelopmentsView.class);
        assertThat($(SyncOutageBanner.class).all())
                .as("no visible banner while PropQ answers")
                .isEmpty();

        jdbc.sql("update sync_circuit set unreachable_since = now() - interval '5 minutes', consecutive_failures = 9")
                .update();
        await().atMost(Duration.ofSeconds(10)).until(() -> updates.current().circuitOpen());
        navigate(DevelopmentsView.class);

        var banner = $(SyncOutageBanner.class).single();
        assertThat(banner.getElement().getTextRecursively())
                .startsWith("PropQ unreachable since")
                // Other tests share the database, so the count is theirs too; its noun agrees with it.
                .containsPattern("(1 change|[02-9]\\d* changes|1\\d+ changes) waiting");
    }
}
