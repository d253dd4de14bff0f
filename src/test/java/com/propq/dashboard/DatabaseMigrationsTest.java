package com.propq.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schema comes from Flyway alone, on an empty database, and guards its own invariants. */
@SpringBootTest
class DatabaseMigrationsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndHibernateValidatesThem() {
        var applied = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class)
                .list();
        assertThat(applied).startsWith("1");
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("development", "unit", "app_user", "app_user_role", "change_history");
    }

    @Test
    void aUnitCannotBeRenamedBecauseItsNameIsPropqsKey() {
        long developmentId = jdbc.sql(
                        "insert into development (propq_id, name) values ('MIG-1', 'Rename test') " + "returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit (development_id, name, status, price) values (:d, 'A-1', 'AVAILABLE', 100)")
                .param("d", developmentId)
                .update();

        assertThatThrownBy(() -> jdbc.sql("update unit set name = 'A-2' where development_id = :d")
                        .param("d", developmentId)
                        .update())
                .hasMessageContaining("unit name is immutable");
    }

    @Test
    void unitRowsRejectValuesPropqWouldRefuse() {
        long developmentId = jdbc.sql(
                        "insert into development (propq_id, name) values ('MIG-2', 'Checks') " + "returning id")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("insert into unit (development_id, name, status, price) "
                                + "values (:d, 'X', 'AVAILABLE', -1)")
                        .param("d", developmentId)
                        .update())
                .hasMessageContaining("unit_price_ck");
        assertThatThrownBy(() -> jdbc.sql("insert into unit (development_id, name, status, price) "
                                + "values (:d, 'X', 'GONE', 1)")
                        .param("d", developmentId)
                        .update())
                .hasMessageContaining("unit_status_ck");
        assertThatThrownBy(() -> jdbc.sql("insert into unit (development_id, name, status, price, directions) "
                                + "values (:d, 'X', 'SOLD', 1, '{N,UP}')")
                        .param("d", developmentId)
                        .update())
                .hasMessageContaining("unit_directions_ck");
    }

    @Test
    void changeHistoryIsAppendOnly() {
        jdbc.sql("insert into change_history (actor, kind, entity_type, field, old_value, new_value) "
                        + "values ('tester', 'CATALOG_EDIT', 'UNIT', 'price', '1', '2')")
                .update();

        assertThatThrownBy(() ->
                        jdbc.sql("update change_history set new_value = '3'").update())
                .hasStackTraceContaining("change_history is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from change_history").update())
                .hasStackTraceContaining("change_history is append-only");
    }
}
