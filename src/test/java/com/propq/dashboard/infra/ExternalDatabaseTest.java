package com.propq.dashboard.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SPRING_DATASOURCE_URL set the app uses that PostgreSQL, starts no embedded one, and is not
 * in demo mode (no demo catalog, no demo users).
 */
@SpringBootTest
class ExternalDatabaseTest {

    /** Stands in for "your own PostgreSQL": a server this test starts, outside the application. */
    static final EmbeddedPostgres EXTERNAL = start();

    @Autowired
    ApplicationContext context;

    @Autowired
    AppMode mode;

    @Autowired
    JdbcClient jdbc;

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        EXTERNAL.close();
    }

    @Test
    void theConfiguredDatabaseIsUsedAndNoEmbeddedOneStarts() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(mode.isEmbeddedDatabase()).isFalse();
        assertThat(mode.isDemo()).isFalse();

        var port =
                jdbc.sql("select current_setting('port')").query(Integer.class).single();
        assertThat(port).isEqualTo(EXTERNAL.getPort());
    }

    @Test
    void outsideDemoModeOnlyTheFirstAdminIsCreatedAndNoCatalogIsSeeded() {
        assertThat(jdbc.sql("select username from app_user").query(String.class).list())
                .containsExactly("admin");
        assertThat(jdbc.sql("select count(*) from development")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
