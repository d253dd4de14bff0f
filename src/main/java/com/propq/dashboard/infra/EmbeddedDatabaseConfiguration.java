package com.propq.dashboard.infra;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that the app
 * runs with nothing installed. Its data directory survives restarts; a blank directory means a
 * throw-away database (tests). It listens on this machine only and wants a generated password
 * ({@link EmbeddedDatabasePassword}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${app.embedded-db.dir:}") String dir,
            @Value("${app.embedded-db.port:0}") int port,
            EmbeddedDatabasePassword password)
            throws IOException {
        return EmbeddedDatabasePassword.protect(start(dir, port, password), password);
    }

    /** Kept beside a persistent data folder (readable by its owner only), so a restart finds it again. */
    @Bean
    EmbeddedDatabasePassword embeddedDatabasePassword(@Value("${app.embedded-db.dir:}") String dir) throws IOException {
        return dir.isBlank()
                ? EmbeddedDatabasePassword.generated()
                : EmbeddedDatabasePassword.keptBeside(Path.of(dir).toAbsolutePath());
    }

    private static EmbeddedPostgres start(String dir, int port, EmbeddedDatabasePassword password) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                // Only this machine; PostgreSQL's default, made explicit because the password is not the only guard.
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", password.value())
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dir.isBlank()) {
            builder.setCleanDataDirectory(true);
            log.info("Starting a throw-away embedded PostgreSQL");
        } else {
            Path dataDir = Path.of(dir).toAbsolutePath();
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            log.info("Starting embedded PostgreSQL with its data in {}", dataDir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabasePassword password) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(password.value());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
