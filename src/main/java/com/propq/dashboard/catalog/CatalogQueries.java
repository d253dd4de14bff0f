package com.propq.dashboard.catalog;

import com.propq.dashboard.base.SqlWhere;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the catalog in plain SQL: the grids page, filter and aggregate in PostgreSQL
 * (never loading a development's units into memory), with the indexes of V1 and V16 in mind.
 */
@Repository
class CatalogQueries {

    // Mapped as query(Class) would map them, but typed as never null (query(Class) allows null for one column).
    private static final RowMapper<DevelopmentRow> DEVELOPMENT_ROWS =
            new SimplePropertyRowMapper<>(DevelopmentRow.class);

    private final JdbcClient jdbc;

    CatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DevelopmentSummary> developments(@Nullable String nameOrLocation, int offset, int limit) {
        var where = developmentWhere(nameOrLocation);
        var rows = where.bind(jdbc.sql("""
                        select id, propq_id, name, location from development
                        where %s
                        order by lower(name), id offset :offset limit :limit""".formatted(where.sql())))
                .param("offset", offset)
                .param("limit", limit)
                .query(DEVELOPMENT_ROWS)
                .list();
        return withUnitCounts(rows);
    }

    int countDevelopments(@Nullable String nameOrLocation) {
        var where = developmentWhere(nameOrLocation);
        return where.bind(jdbc.sql("select count(*) from development where " + where.sql()))
                .query(Integer.class)
                .single();
    }

    private static SqlWhere developmentWhere(@Nullable String nameOrLocation) {
        return new SqlWhere()
                .and(
                        "(%s like :pattern escape '\\' or %s like :pattern escape '\\')"
                                .formatted(folded("name"), folded("location")),
                        "pattern",
                        nameOrLocation,
                        CatalogQueries::foldedContaining);
    }

    Optional<DevelopmentSummary> development(long id) {
        var rows = jdbc.sql("select id, propq_id, name, location from development where id = :id")
                .param("id", id)
                .query(DEVELOPMENT_ROWS)
                .list();
        return withUnitCounts(rows).stream().findFirst();
    }

    /** The development's own columns; whether its PropQ id is locked is the sync feature's to say. */
    Optional<DevelopmentDetails> developmentDetails(long id, java.util.function.LongPredicate propqIdLocked) {
        return jdbc.sql("select id, propq_id, name, location, notes, version from development where id = :id")
                .param("id", id)
                .query((rs, n) -> new DevelopmentDetails(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        propqIdLocked.test(rs.getLong(1))))
                .optional();
    }

    /** The unit counts by status of a page of developments, in one aggregate query. */
    private List<DevelopmentSummary> withUnitCounts(List<DevelopmentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<UnitStatus, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select development_id, status, count(*) from unit
                        where development_id in (:ids) group by development_id, status""")
                .param("ids", rows.stream().map(DevelopmentRow::id).toList())
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(UnitStatus.class))
                            .put(UnitStatus.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return rows.stream()
                .map(r -> new DevelopmentSummary(
                        r.id(), r.propqId(), r.name(), r.location(), counts.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    private record DevelopmentRow(
            long id, String propqId, String name, @Nullable String location) {}

    List<UnitRow> units(long developmentId, UnitFilter filter, List<UnitSort> sorts, int offset, int limit) {
        var where = unitWhere(developmentId, filter);
        var sql = """
                select %s
                from unit u where %s order by %s offset :offset limit :limit""".formatted(UNIT_ROW_COLUMNS, where.sql(), orderBy(sorts, "u.name", "u.id"));
        return where.bind(jdbc.sql(sql))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> unitRow(rs))
                .list();
    }

    /**
     * A page of the units search across developments, each unit with its development; cheapest first unless sorted
     * otherwise (the order of V16's price index, so a page reads that index rather than sorting every match).
     */
    List<FoundUnit> search(UnitSearch search, List<UnitSort> sorts, int offset, int limit) {
        var where = searchWhere(search);
        var sql = """
                select %s, d.id, d.name, d.location
                from unit u join development d on d.id = u.development_id
                where %s order by %s offset :offset limit :limit""".formatted(UNIT_ROW_COLUMNS, where.sql(), orderBy(sorts, "u.price", "u.id"));
        return where.bind(jdbc.sql(sql))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new FoundUnit(unitRow(rs), rs.getLong(11), rs.getString(12), rs.getString(13)))
                .list();
    }

    int countSearch(UnitSearch search) {
        var where = searchWhere(search);
        return where.bind(jdbc.sql("select count(*) from unit u where " + where.sql()))
                .query(Integer.class)
                .single();
    }

    private static final String UNIT_ROW_COLUMNS =
            "u.id, u.name, u.status, u.price, u.directions, u.block, u.floor, u.bedrooms, u.built_area, u.version";

    /** The first ten columns, as {@link #UNIT_ROW_COLUMNS} selects them. */
    private static UnitRow unitRow(ResultSet rs) throws SQLException {
        return new UnitRow(
                rs.getLong(1),
                rs.getString(2),
                UnitStatus.valueOf(rs.getString(3)),
                rs.getBigDecimal(4),
                directions(rs.getArray(5)),
                rs.getString(6),
                (Integer) rs.getObject(7),
                (Integer) rs.getObject(8),
                rs.getBigDecimal(9),
                rs.getLong(10));
    }

    /** The requested sort keys, then {@code tieBreakers} so that pages never overlap. */
    private static String orderBy(List<UnitSort> sorts, String... tieBreakers) {
        var order = new ArrayList<String>();
        for (var sort : sorts) {
            order.add(sort.column().orderBy(sort.descending()));
        }
        order.addAll(List.of(tieBreakers));
        return String.join(", ", order);
    }

    /** Streams the filtered units in name order, for the price list export (never all in memory). */
    void forEachUnit(long developmentId, UnitFilter filter, java.util.function.BiConsumer<String, UnitValues> each) {
        var where = unitWhere(developmentId, filter);
        where.bind(jdbc.sql("""
                        select u.name, u.status, u.price, u.directions, u.block, u.floor, u.bedrooms, u.built_area,
                               u.notes, u.hold_reason, u.hold_until
                        from unit u where %s order by u.name""".formatted(where.sql()))).query((ResultSet rs) -> {
            var holdUntil = rs.getObject(11, java.time.LocalDate.class);
            each.accept(
                    rs.getString(1),
                    new UnitValues(
                            UnitStatus.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3),
                            directions(rs.getArray(4)),
                            rs.getString(5),
                            (Integer) rs.getObject(6),
                            (Integer) rs.getObject(7),
                            rs.getBigDecimal(8),
                            rs.getString(9),
                            rs.getString(10),
                            holdUntil));
        });
    }

    int countUnits(long developmentId, UnitFilter filter) {
        var where = unitWhere(developmentId, filter);
        return where.bind(jdbc.sql("select count(*) from unit u where " + where.sql()))
                .query(Integer.class)
                .single();
    }

    private static Set<Direction> directions(Array array) throws SQLException {
        var set = EnumSet.noneOf(Direction.class);
        Arrays.stream((String[]) array.getArray()).map(Direction::valueOf).forEach(set::add);
        return set;
    }

    /** For {@code lower(column) like}: the text lower-cased, matched anywhere. */
    private static String lowerContaining(String text) {
        return SqlWhere.containing(text.toLowerCase(Locale.ROOT));
    }

    /**
     * For {@code folded(column) like}: the text without accents and lower-cased, matched anywhere ("andalucia" and
     * "ANDALUCÍA" both find "Nueva Andalucía").
     */
    static String foldedContaining(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return SqlWhere.containing(plain.toLowerCase(Locale.ROOT));
    }

    /** Accented letters of Spanish and its neighbours, and the plain letter each stands for (same positions). */
    static final String ACCENTED = "ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇç";

    static final String PLAIN = "AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCc";

    /** A text column as {@link #foldedContaining} matches it: without accents, lower-cased. */
    private static String folded(String column) {
        return "lower(translate(" + column + ", '" + ACCENTED + "', '" + PLAIN + "'))";
    }

    /** The where clause of the unit grid and its parameters, built from one filter. */
    private static SqlWhere unitWhere(long developmentId, UnitFilter filter) {
        return filtered(
                new SqlWhere().and("u.development_id = :developmentId", "developmentId", developmentId), filter);
    }

    /** The units search's where clause: the development and location, then the unit grid's filter. */
    private static SqlWhere searchWhere(UnitSearch search) {
        var where = new SqlWhere()
                .and("u.development_id = :developmentId", "developmentId", search.developmentId())
                .and(
                        // An array read once: the planner cannot estimate the pattern's matches, and with a semi-join
                        // it would scan the unit indexes once per development found.
                        ("u.development_id = any(array(select d.id from development d where %s like :locationPattern"
                                        + " escape '\\'))")
                                .formatted(folded("d.location")),
                        "locationPattern",
                        search.locationContains(),
                        CatalogQueries::foldedContaining);
        return filtered(where, search.filter());
    }

    /** {@code where} and the conditions of {@code filter}. */
    private static SqlWhere filtered(SqlWhere where, UnitFilter filter) {
        return where.and(
                        "lower(u.name) like :namePattern escape '\\'",
                        "namePattern",
                        filter.nameContains(),
                        CatalogQueries::lowerContaining)
                .and(
                        "u.status in (:statuses)",
                        "statuses",
                        filter.statuses(),
                        statuses -> statuses.stream().map(Enum::name).toList())
                .and("u.price >= :minPrice", "minPrice", filter.minPrice())
                .and("u.price <= :maxPrice", "maxPrice", filter.maxPrice())
                .and(
                        "u.directions && cast(:directions as text[])",
                        "directions",
                        filter.anyDirection(),
                        directions -> directions.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")))
                .and("u.bedrooms >= :minBedrooms", "minBedrooms", filter.minBedrooms())
                .and("u.bedrooms <= :maxBedrooms", "maxBedrooms", filter.maxBedrooms())
                .and("u.built_area >= :minBuiltArea", "minBuiltArea", filter.minBuiltArea())
                .and("u.built_area <= :maxBuiltArea", "maxBuiltArea", filter.maxBuiltArea());
    }
}
