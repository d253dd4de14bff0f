package com.propq.dashboard.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL listens on this machine only and wants a generated password, kept beside a persistent
 * data folder (owner-only) so that the folder keeps working after a restart.
 */
class EmbeddedDatabaseProtectionTest {

    @TempDir
    Path home;

    @Test
    void theEmbeddedDatabaseListensOnLoopbackOnlyWantsItsPasswordAndKeepsWorkingAcrossRestarts() throws Exception {
        var dir = home.resolve("pgdata").toString();
        var configuration = new EmbeddedDatabaseConfiguration();
        var password = configuration.embeddedDatabasePassword(dir);
        try (var postgres = configuration.embeddedPostgres(dir, 0, password);
                var pool = (HikariDataSource) configuration.dataSource(postgres, password)) {
            var jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("show listen_addresses").query(String.class).single())
                    .isEqualTo("localhost");
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
            var url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess"))
                    .isInstanceOf(SQLException.class);
        }

        var file = home.resolve("pgdata.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var again = configuration.embeddedDatabasePassword(dir);
        try (var postgres = configuration.embeddedPostgres(dir, 0, again);
                var pool = (HikariDataSource) configuration.dataSource(postgres, again)) {
            var jdbc = JdbcClient.create(pool);
            assertThat(jdbc.sql("select v from kept").query(String.class).single())
                    .isEqualTo("still here");
        }
    }
}
