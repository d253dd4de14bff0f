package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitRules;
import com.propq.dashboard.catalog.UnitSort;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.history.ui.BatchDialog;
import com.propq.dashboard.history.ui.HistoryGrid;
import com.propq.dashboard.propq.DevelopmentIdCheck;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.PublishUpdates;
import com.propq.dashboard.publish.ui.PublishTimelinePanel;
import com.propq.dashboard.sync.SyncStatusService;
import com.propq.dashboard.sync.SyncUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One development and its units, paged and sorted by the database. */
@Route("development")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class DevelopmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CatalogService catalog;
    private final boolean canEdit;
    private final UnitEditor editor;
    private final DevelopmentHeader header;
    private final Span subtitle = new Span();
    private final Span unitCount = new Span();
    private final UnitFilterBar filterBar = new UnitFilterBar();
    private final Grid<UnitLine> grid = new Grid<>();
    private DevelopmentSummary development;
    private final SyncUpdates syncUpdates;
    private final SyncStatusService sync;
    private HistoryGrid developmentHistory;
    private final StackingPlan stackingPlan;
    private final PublishTimelinePanel publishPanel;

    DevelopmentView(
            CatalogService catalog,
            CatalogEditService editing,
            UnitRules rules,
            BulkEditService bulk,
            PriceListService priceList,
            HistoryService history,
            AuthenticationContext authentication,
            SyncUpdates syncUpdates,
            SyncStatusService sync,
            PublishService publishing,
            PublishUpdates publishUpdates,
            DevelopmentIdCheck idCheck) {
        this.catalog = catalog;
        this.syncUpdates = syncUpdates;
        this.sync = sync;
        this.canEdit = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        setSizeFull();
        subtitle.addClassName("development-subtitle");
        subtitle.setId("development-subtitle");
        configureGrid();
        filterBar.addFilterChangeListener(() -> grid.getDataProvider().refreshAll());
        unitCount.addClassName("unit-count");
        unitCount.setId("unit-count");
        var zone = com.vaadin.flow.component.UI.getCurrent() == null
                ? ZoneId.systemDefault()
                : ViewerZone.of(com.vaadin.flow.component.UI.getCurrent());
        editor = new UnitEditor(
                editing,
                sync,
                rules,
                history,
                zone,
                canEdit,
                catalog::unit,
                saved -> {
                    grid.getDataProvider().refreshAll();
                    showHeader();
                },
                this::closeEditor);
        editor.setVisible(false);
        // Checkboxes select units for bulk changes; a click on a row opens it in the editor.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addItemClickListener(e -> catalog.unit(e.getItem().unit().id()).ifPresent(this::openEditor));
        var body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        body.addClassName("development-body");
        var units = new VerticalLayout(filterBar, unitCount, body);
        units.setPadding(false);
        units.setSizeFull();
        developmentHistory = new HistoryGrid(
                history,
                () -> HistoryFilter.ofDevelopment(development.id()),
                zone,
                batch -> new BatchDialog(history, batch, zone, canEdit, () -> {
                            grid.getDataProvider().refreshAll();
                            editor.reloadIfOpen();
                        })
                        .open());
        var tabs = new TabSheet();
        tabs.add(getTranslation("development.tab.units"), units);
        tabs.add(getTranslation("development.tab.history"), developmentHistory);
        // A tile of the stacking plan opens its unit in the editor of the Units tab.
        stackingPlan = new StackingPlan(
                catalog,
                sync,
                unitId -> catalog.unit(unitId).ifPresent(unit -> {
                    tabs.setSelectedIndex(0);
                    openEditor(unit);
                }));
        tabs.add(getTranslation("development.tab.stacking-plan"), stackingPlan);
        publishPanel = new PublishTimelinePanel(
                publishing, publishUpdates, () -> development == null ? -1 : development.id(), zone);
        tabs.add(getTranslation("publish.tab"), publishPanel);
        tabs.setSizeFull();
        tabs.setId("development-tabs");
        tabs.addSelectedChangeListener(e -> {
            stackingPlan.setShown(tabs.getComponent(e.getSelectedTab()) == stackingPlan);
            developmentHistory.refresh();
            publishPanel.refresh();
        });
        var check = new PropqCheck(idCheck, () -> development.propqId());
        check.setVisible(canEdit);
        var subline = new HorizontalLayout(subtitle, check);
        subline.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header = new DevelopmentHeader(catalog, editing, bulk, priceList, publishing, canEdit, new HeaderActions());
        filterBar.addFilterChangeListener(header::filterChanged);
        add(header, subline, tabs);
    }

    /** The header's actions act on this page: its development, its grid and its editor. */
    private final class HeaderActions implements DevelopmentHeader.Page {

        @Override
        public DevelopmentSummary development() {
            return development;
        }

        @Override
        public Set<Long> selectedUnits() {
            return grid.getSelectedItems().stream()
                    .map(line -> line.unit().id())
                    .collect(Collectors.toSet());
        }

        @Override
        public Optional<UnitFilter> filter() {
            return filterBar.filter();
        }

        @Override
        public void newUnit() {
            editor.create(development.id());
            editor.setVisible(true);
        }

        @Override
        public void developmentSaved(long developmentId) {
            setParameter(null, developmentId);
        }

        @Override
        public void batchApplied(BatchResult result) {
            DevelopmentView.this.batchApplied(result);
        }

        @Override
        public void publishRequested() {
            publishPanel.refresh();
        }
    }

    private void batchApplied(BatchResult result) {
        showHeader();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        // The batch may have changed the unit open in the editor: show its new values and version.
        editor.reloadIfOpen();
        Notification.show(getTranslation("bulk.applied", result.unitCount()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void openEditor(UnitDetails unit) {
        editor.edit(unit);
        editor.setVisible(true);
    }

    private void closeEditor() {
        editor.setVisible(false);
    }

    private void configureGrid() {
        var locale = getLocale();
        grid.addColumn(line -> line.unit().name())
                .setHeader(getTranslation("unit.name"))
                .setSortProperty(UnitSort.Column.NAME.name())
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addComponentColumn(line -> new StatusBadge(line.unit().status()))
                .setHeader(getTranslation("unit.status"))
                .setSortProperty(UnitSort.Column.STATUS.name())
                .setAutoWidth(true);
        grid.addComponentColumn(line -> new SyncBadgeLabel(line.sync()))
                .setHeader(getTranslation("unit.sync"))
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.euros(line.unit().price(), locale))
                .setHeader(getTranslation("unit.price"))
                .setSortProperty(UnitSort.Column.PRICE.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line ->
                        line.unit().directions().stream().map(Direction::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("unit.directions"))
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.unit().block(), ""))
                .setHeader(getTranslation("unit.block"))
                .setSortProperty(UnitSort.Column.BLOCK.name())
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.unit().floor(), ""))
                .setHeader(getTranslation("unit.floor"))
                .setSortProperty(UnitSort.Column.FLOOR.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.unit().bedrooms(), ""))
                .setHeader(getTranslation("unit.bedrooms"))
                .setSortProperty(UnitSort.Column.BEDROOMS.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.squareMetres(line.unit().builtArea(), locale))
                .setHeader(getTranslation("unit.built-area"))
                .setSortProperty(UnitSort.Column.BUILT_AREA.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("units-grid");
        grid.setSizeFull();
        grid.setItems(
                        q -> filterBar
                                .filter()
                                .map(f -> UnitLine.of(
                                        catalog.units(
                                                development.id(),
                                                f,
                                                sorts(q.getSortOrders()),
                                                q.getOffset(),
                                                q.getLimit()),
                                        sync)
                                        .stream())
                                .orElseGet(java.util.stream.Stream::empty),
                        q -> {
                            int count = filterBar
                                    .filter()
                                    .map(f -> catalog.countUnits(development.id(), f))
                                    .orElse(0);
                            unitCount.setText(getTranslation("unit.count", count));
                            return count;
                        })
                .setIdentifierProvider(line -> line.unit().id());
    }

    // --- live sync badges: the delivery engine's changes arrive through push ---------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        UntilDetached.keep(event, syncUpdates.subscribe(snapshot -> ui.access(this::showSyncChanges)));
    }

    private void showSyncChanges() {
        if (development == null) {
            return;
        }
        showHeader();
        grid.getDataProvider().refreshAll();
        stackingPlan.refresh();
        if (editor.isVisible()) {
            editor.refreshSync();
        }
    }

    static List<UnitSort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new UnitSort(
                        UnitSort.Column.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    @Override
    public void setParameter(@Nullable BeforeEvent event, Long developmentId) {
        development = catalog.development(developmentId).orElseThrow(NotFoundException::new);
        showTitle();
        grid.getDataProvider().refreshAll();
        stackingPlan.show(developmentId);
        publishPanel.refresh();
        // ?unit=<id> opens that unit of this development in the editor (the parked-change notice links here).
        if (event != null) {
            event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("unit")
                    .flatMap(DevelopmentView::unitId)
                    .flatMap(catalog::unit)
                    .filter(u -> u.developmentId() == developmentId)
                    .ifPresent(this::openEditor);
        }
    }

    private static Optional<Long> unitId(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter));
        } catch (NumberFormatException notAUnit) {
            return Optional.empty();
        }
    }

    /** Reads the development again: its unit count follows units created here, by imports and elsewhere. */
    private void showHeader() {
        if (development != null) {
            catalog.development(development.id()).ifPresent(d -> {
                development = d;
                showTitle();
            });
        }
    }

    private void showTitle() {
        header.showTitle(development.name());
        subtitle.setText(getTranslation(
                "development.subtitle",
                development.propqId(),
                development.location() == null ? "" : development.location(),
                development.totalUnits()));
    }

    @Override
    public String getPageTitle() {
        return development == null ? getTranslation("nav.developments") : development.name();
    }
}
