package com.propq.dashboard.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL the application processes share: a real server in its own process, which the harness can stop
 * and start again on the same data and port (F5). The harness reads it directly to judge the outcome, and writes
 * only the starting catalog of each scenario, as an installation's existing data.
 */
final class FaultDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private @Nullable EmbeddedPostgres postgres;

    FaultDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    void start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (a fast shutdown: open connections are cut), keeping its data. */
    void stop() {
        var running = postgres;
        postgres = null;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** A unit of a scenario's development: its id here, and its key at PropQ ("development id/unit name"). */
    record SeededUnit(long id, String key, BigDecimal price) {}

    /**
     * A development and its units as an installation would already hold them (already in PropQ, so no outbox
     * rows): every change the scenario then makes goes through the application.
     */
    List<SeededUnit> seed(String propqId, int unitCount) {
        try (var connection = connect()) {
            connection.setAutoCommit(false);
            long developmentId;
            try (var insert = connection.prepareStatement(
                    "insert into development (propq_id, name, location) values (?, ?, 'Fault harness') returning id")) {
                insert.setString(1, propqId);
                insert.setString(2, "Fault scenario " + propqId);
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    developmentId = rs.getLong(1);
                }
            }
            try (var units = connection.prepareStatement("""
                    insert into unit (development_id, name, status, price, directions, block, floor)
                    select ?, 'U-' || lpad(g::text, 5, '0'), 'AVAILABLE', 100000 + g, '{S}', 'A', g % 10
                    from generate_series(1, ?) g""")) {
                units.setLong(1, developmentId);
                units.setInt(2, unitCount);
                units.executeUpdate();
            }
            connection.commit();
            var seeded = new ArrayList<SeededUnit>();
            try (var query = connection.prepareStatement(
                    "select id, name, price from unit where development_id = ? order by name")) {
                query.setLong(1, developmentId);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        seeded.add(new SeededUnit(
                                rs.getLong(1),
                                propqId + "/" + rs.getString(2),
                                rs.getBigDecimal(3).stripTrailingZeros()));
                    }
                }
            }
            return seeded;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Units of a scenario's development on a hold whose last day has passed (already in PropQ, like {@link #seed}):
     * the application's hold-expiry job releases them, each a change of the batch lane.
     */
    List<SeededUnit> seedExpiredHolds(String propqId, int unitCount) {
        update("""
                insert into unit (development_id, name, status, price, directions, block, floor, hold_reason,
                                  hold_until)
                select d.id, 'H-' || lpad(g::text, 5, '0'), 'HOLD', 200000 + g, '{S}', 'H', g % 10, 'Fault harness',
                       current_date - 2
                from development d, generate_series(1, ?) g where d.propq_id = ?""", unitCount, propqId);
        var seeded = new ArrayList<SeededUnit>();
        query(
                "select u.id, u.name, u.price from unit u join development d on d.id = u.development_id "
                        + "where d.propq_id = ? and u.name like 'H-%' order by u.name",
                rs -> seeded.add(new SeededUnit(
                        rs.getLong(1),
                        propqId + "/" + rs.getString(2),
                        rs.getBigDecimal(3).stripTrailingZeros())),
                propqId);
        return seeded;
    }

    /** Units of a development still on hold. */
    int held(String propqId) {
        var held = new int[1];
        query(
                "select count(*) from unit u join development d on d.id = u.development_id "
                        + "where d.propq_id = ? and u.status = 'HOLD'",
                rs -> held[0] = rs.getInt(1),
                propqId);
        return held[0];
    }

    /** The catalog's price of each unit of a development, by PropQ key. */
    Map<String, BigDecimal> catalogPrices(String propqId) {
        var prices = new HashMap<String, BigDecimal>();
        query(
                "select d.propq_id || '/' || u.name, u.price from unit u join development d on d.id = u.development_id "
                        + "where d.propq_id = ?",
                rs -> prices.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()),
                propqId);
        return prices;
    }

    /** Outbox rows of a development by state (PENDING, SENDING, PARKED). */
    Map<String, Integer> outbox(String propqId) {
        var states = new HashMap<String, Integer>();
        query(
                "select state, count(*) from outbox where propq_development_id = ? group by state",
                rs -> states.put(rs.getString(1), rs.getInt(2)),
                propqId);
        return states;
    }

    /** Claims not answered yet, on any instance ("row id:claim token"): calls that may be in flight. */
    Set<String> sendingClaims() {
        var claims = new HashSet<String>();
        query("select id || ':' || claim_token from outbox where state = 'SENDING'", rs -> claims.add(rs.getString(1)));
        return claims;
    }

    /** Attempts the delivery log holds for a development since a moment, by "outcome status" (e.g. "RETRY 503"). */
    Map<String, Integer> attempts(String propqId, Instant since) {
        var outcomes = new LinkedHashMap<String, Integer>();
        query(
                "select outcome || ' ' || http_status, count(*) from delivery_log "
                        + "where propq_development_id = ? and attempted_at >= ? group by 1 order by 1",
                rs -> outcomes.put(rs.getString(1), rs.getInt(2)),
                propqId,
                Timestamp.from(since));
        return outcomes;
    }

    /** The error the last attempt of a development's rows left on the outbox, as the sync queue shows it. */
    List<String> lastErrors(String propqId) {
        var errors = new ArrayList<String>();
        query(
                "select coalesce(last_status, 0) || ' ' || coalesce(last_error, '') from outbox "
                        + "where propq_development_id = ? and last_status is not null",
                rs -> errors.add(rs.getString(1)),
                propqId);
        return errors;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void update(String sql, Object... parameters) {
        try (var connection = connect();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void query(String sql, Row row, Object... parameters) {
        try (var connection = connect();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
