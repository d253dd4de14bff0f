package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's aggregates for the overview page: counts and sums in PostgreSQL, never units in memory. */
@Repository
class OverviewQueries {

    private final JdbcClient jdbc;

    OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Units and asking-price sums by status for every development, in one grouped query (a left join, so
     * that a development without units still shows, with nothing in its bar).
     */
    List<DevelopmentAvailability> availability() {
        record Key(long id, String name) {}
        var units = new LinkedHashMap<Key, Map<UnitStatus, Integer>>();
        var prices = new LinkedHashMap<Key, Map<UnitStatus, BigDecimal>>();
        jdbc.sql("""
                        select d.id, d.name, u.status, count(u.id), coalesce(sum(u.price), 0)
                        from development d left join unit u on u.development_id = d.id
                        group by d.id, d.name, u.status
                        order by lower(d.name), d.id""").query((ResultSet rs) -> {
            var key = new Key(rs.getLong(1), rs.getString(2));
            var countsOf = units.computeIfAbsent(key, k -> new EnumMap<>(UnitStatus.class));
            var pricesOf = prices.computeIfAbsent(key, k -> new EnumMap<>(UnitStatus.class));
            var status = rs.getString(3);
            if (status != null) {
                countsOf.put(UnitStatus.valueOf(status), rs.getInt(4));
                pricesOf.put(UnitStatus.valueOf(status), rs.getBigDecimal(5));
            }
        });
        var result = new ArrayList<DevelopmentAvailability>();
        units.forEach((key, counts) -> result.add(
                new DevelopmentAvailability(key.id(), key.name(), counts, Objects.requireNonNull(prices.get(key)))));
        return result;
    }

    /** Holds that end on or before {@code lastDay} (the partial index on hold_until serves this), soonest first. */
    List<ExpiringHold> holdsEndingBy(LocalDate lastDay, int limit) {
        return jdbc.sql("""
                        select u.id, u.name, d.id, d.name, u.hold_until
                        from unit u join development d on d.id = u.development_id
                        where u.status = 'HOLD' and u.hold_until <= :lastDay
                        order by u.hold_until, lower(d.name), u.name limit :limit""")
                .param("lastDay", lastDay)
                .param("limit", limit)
                .query((rs, n) -> new ExpiringHold(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    int countHoldsEndingBy(LocalDate lastDay) {
        return jdbc.sql("select count(*) from unit where status = 'HOLD' and hold_until <= :lastDay")
                .param("lastDay", lastDay)
                .query(Integer.class)
                .single();
    }
}
