package com.propq.dashboard.publish.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.publish.PublishFilter;
import com.propq.dashboard.publish.PublishRequest;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.PublishState;
import com.propq.dashboard.publish.PublishUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Every publish request across developments, newest first, filtered by development, user, state and date; live. The
 * filters are in the address: {@code publishing?development=hacienda&user=agent&state=failed&from=2026-11-01&to=2026-11-30}.
 */
@Route("publishing")
@Menu(title = "nav.publishing", order = 6, icon = "vaadin:globe")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class PublishingView extends VerticalLayout
        implements HasDynamicTitle, BeforeEnterObserver, AfterNavigationObserver {

    private final PublishService publishing;
    private final PublishUpdates updates;
    private final TextField development = new TextField();
    private final TextField user = new TextField();
    private final Select<PublishState> state = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<PublishRequest> grid = new Grid<>();
    private final FilterAddress address = new FilterAddress(this, this::parameters);
    private ZoneId zone = ZoneId.systemDefault();

    PublishingView(PublishService publishing, PublishUpdates updates) {
        this.publishing = publishing;
        this.updates = updates;
        setSizeFull();
        development.setLabel(getTranslation("publish.filter.development"));
        development.setId("publishing-development");
        user.setLabel(getTranslation("publish.filter.user"));
        user.setId("publishing-user");
        for (var text : new TextField[] {development, user}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        state.setLabel(getTranslation("publish.filter.state"));
        state.setItems(PublishState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("publish.filter.state.any"));
        state.setItemLabelGenerator(s ->
                s == null ? getTranslation("publish.filter.state.any") : getTranslation("publish.state." + s.name()));
        state.setId("publishing-state");
        from.setLabel(getTranslation("publish.filter.from"));
        to.setLabel(getTranslation("publish.filter.to"));
        ComponentI18n.localize(from);
        ComponentI18n.localize(to);
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        address.follow(development, user, state, from, to);
        var filters = new FlexLayout(development, user, state, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");
        configureGrid();
        add(new H2(getTranslation("nav.publishing")), filters, grid);
    }

    private void configureGrid() {
        grid.addColumn(r -> format(r.requestedAt()))
                .setHeader(getTranslation("publish.column.requested-at"))
                .setAutoWidth(true);
        // The development's Publishing tab by its address: the catalog's pages use publish, so publish cannot use them.
        grid.addComponentColumn(r -> new Anchor(
                        DevelopmentAddress.of(r.developmentId(), DevelopmentAddress.Tab.PUBLISHING),
                        r.developmentName() + " (" + r.propqDevelopmentId() + ")"))
                .setHeader(getTranslation("publish.column.development"))
                .setAutoWidth(true);
        grid.addColumn(PublishRequest::requestedBy)
                .setHeader(getTranslation("publish.column.user"))
                .setAutoWidth(true);
        grid.addComponentColumn(PublishBadge::new)
                .setHeader(getTranslation("publish.column.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> format(r.finishedAt()))
                .setHeader(getTranslation("publish.column.finished-at"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.error() == null ? "" : r.error())
                .setHeader(getTranslation("publish.column.error"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("publishing-grid");
        grid.setSizeFull();
        grid.setItems(
                q -> publishing.requests(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> publishing.countRequests(filter()));
    }

    PublishFilter filter() {
        var fromDate = from.getValue();
        var toDate = to.getValue();
        return new PublishFilter(
                development.getValue(),
                user.getValue(),
                state.getValue(),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.open(event);
        address.text("development").ifPresent(development::setValue);
        address.text("user").ifPresent(user::setValue);
        address.choice("state", PublishState.class).ifPresent(state::setValue);
        address.date("from").ifPresent(from::setValue);
        address.date("to").ifPresent(to::setValue);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        address.announceDropped();
    }

    private QueryParameters parameters() {
        return FilterAddress.parameters(
                "development",
                development.getValue(),
                "user",
                user.getValue(),
                "state",
                state.getValue(),
                "from",
                from.getValue(),
                "to",
                to.getValue());
    }

    private String format(@Nullable Instant instant) {
        return Formats.dateTimeSeconds(instant, zone, getLocale());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        zone = ViewerZone.of(ui);
        UntilDetached.keep(
                event,
                updates.subscribe(
                        changed -> ui.access(() -> grid.getDataProvider().refreshAll())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publishing");
    }
}
