package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.FoundUnit;
import com.propq.dashboard.catalog.UnitSearch;
import com.propq.dashboard.catalog.UnitSort;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Units of every development at once, as a buyer asks for them ("2 bedrooms, south-facing, available, under
 * €500,000"): the unit grid's filters plus development and location, each unit shown with its development. Paged,
 * sorted and counted by the database; a unit's name links to it in its development.
 */
@Route("units")
@Menu(title = "nav.units", order = 1.5, icon = "vaadin:search")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class UnitsSearchView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<DevelopmentSummary> development = new ComboBox<>();
    private final TextField location = new TextField();
    private final UnitFilterBar filterBar = new UnitFilterBar();
    private final Span count = new Span();
    private final Grid<FoundUnit> grid = new Grid<>();

    UnitsSearchView(CatalogService catalog) {
        setSizeFull();
        development.setLabel(getTranslation("units-search.development"));
        development.setPlaceholder(getTranslation("units-search.any-development"));
        development.setItems(
                q -> catalog.developments(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream(),
                q -> catalog.countDevelopments(q.getFilter().orElse(null)));
        development.setItemLabelGenerator(DevelopmentSummary::name);
        development.setClearButtonVisible(true);
        development.setId("search-development-filter");
        location.setLabel(getTranslation("units-search.location"));
        location.setClearButtonVisible(true);
        location.setValueChangeMode(ValueChangeMode.LAZY);
        location.setId("search-location-filter");
        filterBar.addComponentAtIndex(0, development);
        filterBar.addComponentAtIndex(1, location);
        development.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        location.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filterBar.addFilterChangeListener(() -> grid.getDataProvider().refreshAll());
        count.addClassName("unit-count");
        count.setId("search-unit-count");
        configureGrid(catalog);
        add(new H2(getTranslation("nav.units")), filterBar, count, grid);
    }

    private void configureGrid(CatalogService catalog) {
        var locale = getLocale();
        // A link, so the unit opens in its development by keyboard as well as by a click.
        grid.addComponentColumn(found -> new Anchor(address(found), found.unit().name()))
                .setHeader(getTranslation("unit.name"))
                .setSortProperty(UnitSort.Column.NAME.name())
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(FoundUnit::developmentName)
                .setHeader(getTranslation("units-search.development"))
                .setAutoWidth(true);
        grid.addColumn(found -> Objects.toString(found.location(), ""))
                .setHeader(getTranslation("units-search.location"))
                .setAutoWidth(true);
        UnitColumns.status(grid, FoundUnit::unit);
        UnitColumns.price(grid, FoundUnit::unit, locale);
        UnitColumns.directions(grid, FoundUnit::unit);
        UnitColumns.bedroomsAndBuiltArea(grid, FoundUnit::unit, locale);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("units-search-grid");
        grid.setSizeFull();
        grid.setItems(
                        q -> search().map(s -> catalog
                                        .searchUnits(
                                                s,
                                                DevelopmentView.sorts(q.getSortOrders()),
                                                q.getOffset(),
                                                q.getLimit())
                                        .stream())
                                .orElseGet(Stream::empty),
                        q -> {
                            int found = search().map(catalog::countFoundUnits).orElse(0);
                            count.setText(getTranslation("unit.count", found));
                            return found;
                        })
                .setIdentifierProvider(found -> found.unit().id());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> {
            var target = new Location(address(e.getItem()));
            ui.navigate(target.getPath(), target.getQueryParameters());
        }));
    }

    /** The search the fields describe, or empty while a range in them cannot be a filter. */
    private Optional<UnitSearch> search() {
        return filterBar
                .filter()
                .map(f -> new UnitSearch(
                        f,
                        development.getValue() == null
                                ? null
                                : development.getValue().id(),
                        location.getValue()));
    }

    private static String address(FoundUnit found) {
        return DevelopmentAddress.unit(found.developmentId(), found.unit().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
