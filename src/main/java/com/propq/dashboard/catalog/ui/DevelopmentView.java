package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.DroppedAddressNotice;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.PriceListService;
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
import com.propq.dashboard.sync.DeliveryProgressUpdates;
import com.propq.dashboard.sync.SyncStatusService;
import com.propq.dashboard.sync.SyncUpdates;
import com.propq.dashboard.sync.ui.DeliveryProgressLine;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One development and its units, paged and sorted by the database. Its address says what it shows (the tab, the open
 * unit, the grid's filters and sort; {@link DevelopmentPageState}) and it restores all of that from its address, on a
 * reload, a shared link or Back. Opening a unit or a tab adds a browser history entry; a filter or sort replaces it.
 */
@Route(DevelopmentAddress.ROUTE)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class DevelopmentView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final BulkEditService bulk;
    private final boolean canEdit;
    private final UnitEditor editor;
    private final DevelopmentHeader header;
    private final Span subtitle = new Span();
    private final Span unitCount = new Span();
    private final UnitFilterBar filterBar = new UnitFilterBar();
    private final Grid<UnitLine> grid = new Grid<>();
    // Null only until the first navigation to the page has read its address.
    private @Nullable DevelopmentSummary development;
    private final SyncUpdates syncUpdates;
    private final SyncStatusService sync;
    // The other tabs are built when first shown: an open page holds only what its reader opened.
    private final BuiltWhenShown<HistoryGrid> developmentHistory;
    private final BuiltWhenShown<StackingPlan> stackingPlan;
    private final BuiltWhenShown<PublishTimelinePanel> publishPanel;
    private final TabSheet tabs = new TabSheet();
    private final Map<DevelopmentAddress.Tab, Tab> tabByAddress = new EnumMap<>(DevelopmentAddress.Tab.class);
    // The grid's last filter that could be read: the address keeps it while the fields hold a half-typed one.
    private UnitFilter filter = UnitFilter.NONE;
    // While the page shows what its address says, its own changes are not written back to the address.
    private boolean restoring;
    // The address the browser shows, as last read or written.
    private String address = "";

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
            DevelopmentIdCheck idCheck,
            DeliveryProgressUpdates deliveryProgress) {
        this.catalog = catalog;
        this.bulk = bulk;
        this.syncUpdates = syncUpdates;
        this.sync = sync;
        this.canEdit = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        setSizeFull();
        subtitle.addClassName("development-subtitle");
        subtitle.setId("development-subtitle");
        configureGrid();
        filterBar.addFilterChangeListener(() -> {
            grid.getDataProvider().refreshAll();
            filterBar.filter().ifPresent(typed -> {
                filter = typed;
                replaceAddress();
            });
        });
        grid.addSortListener(e -> replaceAddress());
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
                    // A new unit now has a name to address it by.
                    replaceAddress();
                },
                this::closeEditor);
        editor.setVisible(false);
        // Checkboxes select units for bulk changes; a click on a row opens it in the editor, through its address. A
        // reviewer can't act on a selection, so gets no checkboxes.
        grid.setSelectionMode(canEdit ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> go(state().withUnit(e.getItem().unit().name())));
        var body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        body.addClassName("development-body");
        var units = new VerticalLayout(filterBar, unitCount, body);
        units.setPadding(false);
        units.setSizeFull();
        developmentHistory = new BuiltWhenShown<>(() -> new HistoryGrid(
                history,
                () -> HistoryFilter.ofDevelopment(shown().id()),
                zone,
                batch -> new BatchDialog(history, batch, zone, canEdit, () -> {
                            grid.getDataProvider().refreshAll();
                            editor.reloadIfOpen();
                        })
                        .open()));
        tabByAddress.put(DevelopmentAddress.Tab.UNITS, tabs.add(getTranslation("development.tab.units"), units));
        tabByAddress.put(
                DevelopmentAddress.Tab.HISTORY,
                tabs.add(getTranslation("development.tab.history"), developmentHistory));
        // A tile of the stacking plan opens its unit in the editor of the Units tab.
        stackingPlan = new BuiltWhenShown<>(() -> {
            var plan = new StackingPlan(
                    catalog,
                    sync,
                    unitId -> catalog.unit(unitId)
                            .ifPresent(unit -> go(state().withTab(DevelopmentAddress.Tab.UNITS)
                                    .withUnit(unit.name()))));
            plan.show(shown().id());
            plan.setShown(true);
            return plan;
        });
        tabByAddress.put(
                DevelopmentAddress.Tab.PLAN, tabs.add(getTranslation("development.tab.stacking-plan"), stackingPlan));
        publishPanel = new BuiltWhenShown<>(() -> {
            var panel = new PublishTimelinePanel(
                    publishing, publishUpdates, () -> development == null ? -1 : development.id(), zone);
            panel.refresh();
            return panel;
        });
        tabByAddress.put(DevelopmentAddress.Tab.PUBLISHING, tabs.add(getTranslation("publish.tab"), publishPanel));
        tabs.setSizeFull();
        tabs.setId("development-tabs");
        tabs.addSelectedChangeListener(e -> {
            boolean planShown = tabs.getComponent(e.getSelectedTab()) == stackingPlan;
            stackingPlan.ifBuilt(plan -> plan.setShown(planShown));
            developmentHistory.ifBuilt(HistoryGrid::refresh);
            publishPanel.ifBuilt(PublishTimelinePanel::refresh);
            // The user chose the tab: its address is a new history entry, so Back returns to the tab before.
            go(state());
        });
        var check = new PropqCheck(idCheck, () -> shown().propqId());
        check.setVisible(canEdit);
        var subline = new HorizontalLayout(
                subtitle,
                check,
                DeliveryProgressLine.forDevelopment(
                        deliveryProgress, () -> development == null ? -1 : development.id()));
        subline.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header = new DevelopmentHeader(catalog, editing, bulk, priceList, publishing, canEdit, new HeaderActions());
        filterBar.addFilterChangeListener(header::filterChanged);
        add(header, subline, tabs);
    }

    /** The header's actions act on this page: its development, its grid and its editor. */
    private final class HeaderActions implements DevelopmentHeader.Page {

        @Override
        public DevelopmentSummary development() {
            return shown();
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
            confirmDiscard(() -> {
                editor.create(shown().id());
                replaceAddress();
            });
        }

        @Override
        public void developmentSaved(long developmentId) {
            showHeader();
        }

        @Override
        public void batchApplied(BatchResult result) {
            DevelopmentView.this.batchApplied(result);
        }

        @Override
        public void publishRequested() {
            publishPanel.ifBuilt(PublishTimelinePanel::refresh);
        }
    }

    private void batchApplied(BatchResult result) {
        showHeader();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        // The batch may have changed the unit open in the editor: show its new values and version.
        editor.reloadIfOpen();
        BatchNotice.show(bulk, result, this::batchApplied);
    }

    /** Close: a saved unit by its address (Back opens it again); a new one, after asking, in place. */
    private void closeEditor() {
        if (editor.isCreating()) {
            confirmDiscard(() -> {
                editor.close();
                replaceAddress();
            });
        } else {
            go(state().withUnit(null));
        }
    }

    /** Runs {@code discard} at once, or after the user agreed to throw away the editor's unsaved changes. */
    private void confirmDiscard(Runnable discard) {
        if (editor.hasUnsavedChanges()) {
            new DiscardChangesDialog(editor.unitName(), discard, () -> {}).open();
        } else {
            discard.run();
        }
    }

    private void configureGrid() {
        var locale = getLocale();
        // A real button, so a unit opens by keyboard too. The grid would take its Enter for its own keyboard
        // navigation, and its click would reach the row's item-click listener as well: both stop at the button.
        grid.addColumn(LitRenderer.<UnitLine>of("""
                                <button type="button" class="unit-open" @click=${e => { e.stopPropagation(); open(); }}
                                    @keydown=${e => { if (e.key === 'Enter') e.stopPropagation(); }}>${item.name}</button>""")
                        .withProperty("name", line -> line.unit().name())
                        .withFunction(
                                "open", line -> go(state().withUnit(line.unit().name()))))
                .setHeader(getTranslation("unit.name"))
                .setSortProperty(UnitSort.Column.NAME.name())
                .setAutoWidth(true)
                .setFrozen(true);
        UnitColumns.status(grid, UnitLine::unit);
        grid.addColumn(SyncBadgeLabel.renderer(grid, UnitLine::sync))
                .setHeader(getTranslation("unit.sync"))
                .setAutoWidth(true);
        UnitColumns.price(grid, UnitLine::unit, locale);
        UnitColumns.directions(grid, UnitLine::unit);
        grid.addColumn(line -> Objects.toString(line.unit().block(), ""))
                .setHeader(getTranslation("unit.block"))
                .setSortProperty(UnitSort.Column.BLOCK.name())
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.unit().floor(), ""))
                .setHeader(getTranslation("unit.floor"))
                .setSortProperty(UnitSort.Column.FLOOR.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        UnitColumns.bedroomsAndBuiltArea(grid, UnitLine::unit, locale);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("units-grid");
        grid.setSizeFull();
        grid.setItems(
                        q -> filterBar
                                .filter()
                                .map(f -> UnitLine.of(
                                        catalog.units(
                                                shown().id(), f, sorts(q.getSortOrders()), q.getOffset(), q.getLimit()),
                                        sync)
                                        .stream())
                                .orElseGet(java.util.stream.Stream::empty),
                        q -> {
                            int count = filterBar
                                    .filter()
                                    .map(f -> catalog.countUnits(shown().id(), f))
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
        stackingPlan.ifBuilt(StackingPlan::refresh);
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

    // --- the address: what the page shows, read on every navigation to it and written on every change -----------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long developmentId = event.getRouteParameters()
                .get(DevelopmentAddress.ID_PARAMETER)
                .flatMap(DevelopmentView::number)
                .orElseThrow(NotFoundException::new);
        var shown = catalog.development(developmentId).orElseThrow(NotFoundException::new);
        boolean another = development == null || shown().id() != developmentId;
        development = shown;
        if (another) {
            showTitle();
            stackingPlan.ifBuilt(plan -> plan.show(developmentId));
            publishPanel.ifBuilt(PublishTimelinePanel::refresh);
        }
        var read = DevelopmentPageState.read(
                event.getRouteParameters().get(DevelopmentAddress.TAB_PARAMETER).orElse(null),
                event.getLocation().getQueryParameters().getParameters());
        var dropped = new ArrayList<>(read.dropped());
        var state = read.state();
        if (!show(state)) {
            dropped.add(DevelopmentAddress.UNIT_PARAMETER + "=" + state.unit());
            state = state.withUnit(null);
        }
        if (!dropped.isEmpty()) {
            DroppedAddressNotice.show(this, dropped);
            var clean = new Location(state.address(developmentId));
            event.forwardTo(clean.getPath(), clean.getQueryParameters());
        }
        address = state.address(developmentId);
    }

    /** Shows what an address says; false when it names a unit this development does not have. */
    private boolean show(DevelopmentPageState state) {
        restoring = true;
        try {
            filter = state.filter();
            filterBar.show(state.filter());
            grid.sort(state.sorts().stream()
                    .<GridSortOrder<UnitLine>>flatMap(sort -> grid.getColumns().stream()
                            .filter(column -> column.getSortOrder(SortDirection.ASCENDING)
                                    .anyMatch(order -> order.getSorted()
                                            .equals(sort.column().name())))
                            .findFirst()
                            .map(column -> new GridSortOrder<>(
                                    column, sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING))
                            .stream())
                    .toList());
            tabs.setSelectedTab(tabByAddress.get(state.tab()));
            grid.getDataProvider().refreshAll();
            return showUnit(state.unit());
        } finally {
            restoring = false;
        }
    }

    private boolean showUnit(@Nullable String name) {
        if (name == null) {
            // A new unit being typed has no address yet: it stays open over tab changes.
            if (!editor.isCreating()) {
                editor.close();
            }
            return true;
        }
        if (name.equals(editor.unitName())) {
            return true; // already open, with whatever the user typed
        }
        var unit = catalog.unitNamed(shown().id(), name);
        unit.ifPresentOrElse(editor::edit, editor::close);
        return unit.isPresent();
    }

    /** Unsaved changes in the editor are thrown away only if the user agrees (the tab alone may change). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!editor.hasUnsavedChanges() || keepsTheEditor(event)) {
            return;
        }
        // Cancel keeps the page as it is; the postponed navigation is dropped.
        var navigation = event.postpone();
        new DiscardChangesDialog(editor.unitName(), navigation::proceed, () -> {}).open();
    }

    private boolean keepsTheEditor(BeforeLeaveEvent event) {
        var target = event.getRouteParameters().get(DevelopmentAddress.ID_PARAMETER);
        var unit = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(DevelopmentAddress.UNIT_PARAMETER)
                .orElse(null);
        return DevelopmentView.class.isAssignableFrom(event.getNavigationTarget())
                && target.flatMap(DevelopmentView::number).orElse(-1L) == shown().id()
                && Objects.equals(unit, editor.unitName());
    }

    /** What the page shows now, as its address would say it. */
    private DevelopmentPageState state() {
        var tab = tabByAddress.entrySet().stream()
                .filter(entry -> entry.getValue().equals(tabs.getSelectedTab()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(DevelopmentAddress.Tab.UNITS);
        var sortOrders = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .toList();
        return new DevelopmentPageState(tab, editor.unitName(), filter, sorts(sortOrders));
    }

    /** Opens what {@code state} says as a new browser history entry. */
    private void go(DevelopmentPageState state) {
        if (!restoring && development != null && !state.address(shown().id()).equals(address)) {
            var target = new Location(state.address(shown().id()));
            getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
        }
    }

    /** Writes what the page shows into the address, without a history entry (a filter, a sort). */
    private void replaceAddress() {
        if (!restoring && development != null) {
            address = state().address(shown().id());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
        }
    }

    private static Optional<Long> number(String segment) {
        try {
            return Optional.of(Long.parseLong(segment));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private DevelopmentSummary shown() {
        return Objects.requireNonNull(development, "the page shows a development once its address was read");
    }

    /** Reads the development again: its unit count follows units created here, by imports and elsewhere. */
    private void showHeader() {
        if (development != null) {
            catalog.development(shown().id()).ifPresent(d -> {
                development = d;
                showTitle();
            });
        }
    }

    private void showTitle() {
        header.showTitle(shown().name());
        subtitle.setText(getTranslation(
                "development.subtitle",
                shown().propqId(),
                shown().location() == null ? "" : shown().location(),
                shown().totalUnits()));
    }

    @Override
    public String getPageTitle() {
        return development == null ? getTranslation("nav.developments") : development.name();
    }
}
