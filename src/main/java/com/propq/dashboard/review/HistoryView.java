package com.propq.dashboard.review;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.history.ui.BatchDialog;
import com.propq.dashboard.history.ui.HistoryGrid;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The change history: who changed what, in which development, when, why, and whether PropQ got it; filtered in the
 * database. The filters are in the address:
 * {@code history?development=3&unit=HH-101&user=agent&from=2026-11-01&to=2026-11-30&field=price&kind=catalog-edit}.
 */
@Route("history")
@Menu(title = "nav.history", order = 3, icon = "vaadin:time-backward")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class HistoryView extends VerticalLayout
        implements HasDynamicTitle, BeforeEnterObserver, AfterNavigationObserver {

    static final List<String> FIELDS = List.of(
            "status",
            "price",
            "directions",
            "block",
            "floor",
            "bedrooms",
            "builtArea",
            "notes",
            "holdReason",
            "holdUntil",
            "created",
            "propqId",
            "name",
            "location",
            "roles",
            "enabled",
            "password",
            "locked_until",
            "display_name",
            "language",
            "state");

    private final HistoryService history;
    private final CatalogService catalog;
    private final boolean canUndo;
    private final ComboBox<DevelopmentSummary> development = new ComboBox<>();
    private final TextField unit = new TextField();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> field = new ComboBox<>();
    private final Select<HistoryKind> kind = new Select<>();
    private @Nullable HistoryGrid grid;
    private final FilterAddress address = new FilterAddress(this, this::parameters);
    private final Map<Long, String> developmentNames = new HashMap<>();
    private ZoneId zone = ZoneId.systemDefault();

    HistoryView(HistoryService history, CatalogService catalog, AuthenticationContext authentication) {
        this.history = history;
        this.catalog = catalog;
        development.setItems(catalog.developments(null, 0, 1000));
        development.setItemLabelGenerator(DevelopmentSummary::name);
        development.setClearButtonVisible(true);
        this.canUndo = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        setSizeFull();
        development.setLabel(getTranslation("history.filter.development"));
        development.setId("history-development");
        unit.setLabel(getTranslation("history.filter.unit"));
        unit.setId("history-unit");
        actor.setLabel(getTranslation("history.filter.user"));
        actor.setHelperText(getTranslation("history.filter.user.help"));
        actor.setId("history-user");
        from.setLabel(getTranslation("history.filter.from"));
        to.setLabel(getTranslation("history.filter.to"));
        ComponentI18n.localize(from);
        ComponentI18n.localize(to);
        field.setLabel(getTranslation("history.filter.field"));
        field.setItems(FIELDS);
        field.setItemLabelGenerator(f -> getTranslation("history.field." + f));
        field.setClearButtonVisible(true);
        field.setId("history-field");
        kind.setLabel(getTranslation("history.kind"));
        kind.setItems(HistoryKind.values());
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("history.kind.any") : getTranslation("history.kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("history.kind.any"));
        for (var text : List.of(unit, actor)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(e -> refresh());
        }
        development.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        address.follow(development, unit, actor, from, to, field, kind);
        var filters = new FlexLayout(development, unit, actor, from, to, field, kind, exportLink());
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");
        add(new H2(getTranslation("nav.history")), filters);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (grid == null) {
            zone = ViewerZone.of(event.getUI());
            grid = new HistoryGrid(
                    history,
                    this::filter,
                    zone,
                    batch -> new BatchDialog(history, batch, zone, canUndo, this::refresh).open());
            grid.showDevelopments(this::developmentName);
            grid.setId("history-grid");
            addAndExpand(grid);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.open(event);
        address.id("development")
                .ifPresent(id -> development
                        .getListDataView()
                        .getItems()
                        .filter(d -> d.id() == id)
                        .findFirst()
                        .ifPresentOrElse(development::setValue, () -> address.drop("development")));
        address.text("unit").ifPresent(unit::setValue);
        address.text("user").ifPresent(actor::setValue);
        address.date("from").ifPresent(from::setValue);
        address.date("to").ifPresent(to::setValue);
        address.text("field").ifPresent(name -> {
            if (FIELDS.contains(name)) {
                field.setValue(name);
            } else {
                address.drop("field");
            }
        });
        address.choice("kind", HistoryKind.class).ifPresent(kind::setValue);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        address.announceDropped();
    }

    private QueryParameters parameters() {
        var chosen = development.getValue();
        return FilterAddress.parameters(
                "development",
                chosen == null ? null : chosen.id(),
                "unit",
                unit.getValue(),
                "user",
                actor.getValue(),
                "from",
                from.getValue(),
                "to",
                to.getValue(),
                "field",
                field.getValue(),
                "kind",
                kind.getValue());
    }

    /** Entries of every development meet here: each says which one (read once per development and page). */
    private String developmentName(long developmentId) {
        return developmentNames.computeIfAbsent(
                developmentId,
                id -> catalog.development(id).map(DevelopmentSummary::name).orElse(""));
    }

    HistoryFilter filter() {
        var fromDate = from.getValue();
        var toDate = to.getValue();
        return new HistoryFilter(
                development.getValue() == null ? null : development.getValue().id(),
                null,
                unit.getValue(),
                actor.getValue(),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                field.getValue(),
                kind.getValue(),
                null);
    }

    private void refresh() {
        if (grid != null) {
            grid.refresh();
        }
    }

    private Anchor exportLink() {
        // Written to the response as the rows are read: a million entries download in constant memory.
        var link = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("change-history.csv");
                    event.setContentType("text/csv");
                    history.exportCsv(filter(), event.getOutputStream());
                },
                "");
        link.add(new Button(getTranslation("history.export"), VaadinIcon.DOWNLOAD.create()));
        link.setId("history-export");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.history");
    }
}
