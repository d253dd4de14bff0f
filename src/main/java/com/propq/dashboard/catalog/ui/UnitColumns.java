package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.UnitRow;
import com.propq.dashboard.catalog.UnitSort;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The unit columns that the development's grid and the units search both show, so that a unit reads the same on
 * either page: its status badge, price, directions by their short names in the reader's language, bedrooms and
 * built area, each sorted by the database where it can be.
 */
final class UnitColumns {

    private UnitColumns() {}

    static <T> void status(Grid<T> grid, Function<T, UnitRow> unit) {
        grid.addColumn(StatusBadge.renderer(grid, item -> unit.apply(item).status()))
                .setHeader(grid.getTranslation("unit.status"))
                .setSortProperty(UnitSort.Column.STATUS.name())
                .setAutoWidth(true);
    }

    static <T> void price(Grid<T> grid, Function<T, UnitRow> unit, Locale locale) {
        grid.addColumn(item -> Formats.euros(unit.apply(item).price(), locale))
                .setHeader(grid.getTranslation("unit.price"))
                .setSortProperty(UnitSort.Column.PRICE.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    static <T> void directions(Grid<T> grid, Function<T, UnitRow> unit) {
        grid.addColumn(item -> unit.apply(item).directions().stream()
                        .map(d -> grid.getTranslation("direction.short." + d.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(grid.getTranslation("unit.directions"))
                .setAutoWidth(true);
    }

    static <T> void bedroomsAndBuiltArea(Grid<T> grid, Function<T, UnitRow> unit, Locale locale) {
        grid.addColumn(item -> Objects.toString(unit.apply(item).bedrooms(), ""))
                .setHeader(grid.getTranslation("unit.bedrooms"))
                .setSortProperty(UnitSort.Column.BEDROOMS.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(item -> Formats.squareMetres(unit.apply(item).builtArea(), locale))
                .setHeader(grid.getTranslation("unit.built-area"))
                .setSortProperty(UnitSort.Column.BUILT_AREA.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
