package com.propq.dashboard.catalog;

/** One sort key of the unit grid. */
public record UnitSort(Column column, boolean descending) {

    /** The sortable columns; each maps to an indexed or cheap SQL expression. */
    public enum Column {
        NAME("u.name"), STATUS("u.status"), PRICE("u.price"), BLOCK("u.block"), FLOOR("u.floor"),
        BEDROOMS("u.bedrooms"), BUILT_AREA("u.built_area");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }
}
