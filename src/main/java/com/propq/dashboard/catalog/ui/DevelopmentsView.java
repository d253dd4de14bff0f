package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.propq.DevelopmentIdCheck;
import com.propq.dashboard.publish.PublishRequest;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.PublishUpdates;
import com.propq.dashboard.publish.ui.PublishBadge;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All developments with their units by status; a click opens the development. Agents and admins create
 * developments here; with none yet, the page says how an agency starts.
 */
@Route("developments")
@Menu(title = "nav.developments", order = 1, icon = "vaadin:building")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class DevelopmentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code developments?new} opens the New development dialog (the Overview's empty state links here). */
    public static final String NEW = "new";

    private final Grid<DevelopmentSummary> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final Paragraph noMatch = new Paragraph();
    /** The shown rows' last publish requests, read from the publish feature with each page of rows. */
    private final Map<Long, PublishRequest> lastPublish = new ConcurrentHashMap<>();

    private final PublishUpdates publishUpdates;
    private final Runnable create;
    private final boolean canCreate;

    DevelopmentsView(
            CatalogService catalog,
            PublishService publishing,
            PublishUpdates publishUpdates,
            CatalogEditService editing,
            PriceListService priceLists,
            DevelopmentIdCheck idCheck,
            AuthenticationContext authentication) {
        this.publishUpdates = publishUpdates;
        setSizeFull();
        canCreate = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        create = () -> new NewDevelopmentDialog(
                        editing,
                        priceLists,
                        idCheck,
                        id -> getUI().ifPresent(
                                        ui -> ui.navigate(DevelopmentAddress.of(id, DevelopmentAddress.Tab.UNITS))))
                .open();
        nameFilter.setPlaceholder(getTranslation("developments.filter.name"));
        nameFilter.setAriaLabel(getTranslation("developments.filter.name"));
        nameFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setId("development-name-filter");
        nameFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // A link, so the development opens by keyboard as well as by a click on the row.
        grid.addComponentColumn(d ->
                        DevelopmentAddress.link(DevelopmentAddress.of(d.id(), DevelopmentAddress.Tab.UNITS), d.name()))
                .setHeader(getTranslation("development.name"))
                .setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(DevelopmentSummary::propqId)
                .setHeader(getTranslation("development.propq-id"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.location() == null ? "" : d.location())
                .setHeader(getTranslation("development.location"))
                .setFlexGrow(2);
        for (var status : UnitStatus.values()) {
            grid.addColumn(d -> d.units(status))
                    .setHeader(getTranslation("status." + status.name()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.addColumn(DevelopmentSummary::totalUnits)
                .setHeader(getTranslation("developments.total-units"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // Blank until a development was ever published.
        grid.addComponentColumn(
                        d -> lastPublish.containsKey(d.id()) ? new PublishBadge(lastPublish.get(d.id())) : new Span())
                .setHeader(getTranslation("developments.last-publish"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("developments-grid");
        grid.setSizeFull();
        grid.setItems(
                q -> {
                    var page = catalog.developments(nameFilter.getValue(), q.getOffset(), q.getLimit());
                    lastPublish.putAll(publishing.lastRequests(
                            page.stream().map(DevelopmentSummary::id).toList()));
                    return page.stream();
                },
                q -> {
                    int count = catalog.countDevelopments(nameFilter.getValue());
                    // An empty grid says why: nothing has the filter's text, not "there are no developments".
                    noMatch.setText(getTranslation(
                            "developments.filter.empty", nameFilter.getValue().strip()));
                    noMatch.setVisible(count == 0 && !nameFilter.getValue().isBlank());
                    return count;
                });
        noMatch.setId("developments-no-match");
        noMatch.setVisible(false);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(DevelopmentAddress.of(e.getItem().id(), DevelopmentAddress.Tab.UNITS))));

        var newDevelopment =
                new Button(getTranslation("developments.new"), VaadinIcon.PLUS.create(), e -> create.run());
        newDevelopment.setId("new-development");
        newDevelopment.setVisible(canCreate);
        var heading = new HorizontalLayout(new H2(getTranslation("nav.developments")), newDevelopment);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (catalog.countDevelopments(null) == 0) {
            nameFilter.setVisible(false);
            grid.setVisible(false);
            add(heading, EmptyCatalog.of(this, canCreate, create));
        } else {
            add(heading, nameFilter, noMatch, grid);
        }
    }

    /** A publish that moves on (here or on another instance) shows in "Last publish" without a reload. */
    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        UntilDetached.keep(event, publishUpdates.subscribe(changed -> ui.access(grid.getDataProvider()::refreshAll)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (canCreate
                && event.getLocation().getQueryParameters().getParameters().containsKey(NEW)) {
            create.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.developments");
    }
}
