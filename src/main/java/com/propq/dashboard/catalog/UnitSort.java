package com.propq.dashboard.catalog;

/** One sort key of the unit grid. */
public record UnitSort(Column column, boolean descending) {

    /** The sortable columns; each maps to an indexed or cheap SQL expression. */
    public enum Column {
        NAME("u.name", false),
        STATUS("u.status", false),
        PRICE("u.price", false),
        BLOCK("u.block", true),
        FLOOR("u.floor", true),
        BEDROOMS("u.bedrooms", true),
        BUILT_AREA("u.built_area", true);

        final String sql;
        /** Whether the column may be empty (its empty cells sort last). */
        final boolean nullable;

        Column(String sql, boolean nullable) {
            this.sql = sql;
            this.nullable = nullable;
        }

        /**
         * The order by term. "nulls last" only where there can be nulls: on a column that is never null it changes
         * nothing but keeps PostgreSQL from reading the column's index in order (a filtered page sorted by price
         * would sort every matching unit for 50 of them).
         */
        String orderBy(boolean descending) {
            return sql + (descending ? " desc" : " asc") + (nullable ? " nulls last" : "");
        }
    }
}
