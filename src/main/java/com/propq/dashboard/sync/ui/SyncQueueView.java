package com.propq.dashboard.sync.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.AnswerDetails;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.propq.PlainAnswer;
import com.propq.dashboard.sync.DeliveryAttempt;
import com.propq.dashboard.sync.DeliveryProgressUpdates;
import com.propq.dashboard.sync.OutboxState;
import com.propq.dashboard.sync.QueueFilter;
import com.propq.dashboard.sync.QueueRow;
import com.propq.dashboard.sync.SyncQueueService;
import com.propq.dashboard.sync.SyncSnapshot;
import com.propq.dashboard.sync.SyncUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The queue of changes on their way to PropQ: counts, the circuit, the rows with their last PropQ answer and, on
 * click, a row's delivery log. Live: it follows {@link SyncUpdates} through push. Admins may retry or discard a
 * parked row, or every parked row the filter shows at once. The filters are in the address:
 * {@code sync-queue?state=parked&development=hacienda&unit=HH-101&code=422&mine=true}; a row links to its unit.
 */
@Route("sync-queue")
@Menu(title = "nav.sync-queue", order = 2, icon = "vaadin:exchange")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class SyncQueueView extends VerticalLayout
        implements HasDynamicTitle, BeforeEnterObserver, AfterNavigationObserver {

    /** {@code ?mine=true} opens the queue on the signed-in user's own changes. */
    public static final String MINE = "mine";
    /** {@code ?state=parked} opens the queue on one state's rows, by its lower-case name. */
    public static final String STATE = "state";

    private final SyncQueueService queue;
    private final SyncUpdates updates;
    private final boolean admin;
    private final Duration retryEvery;
    private final SyncSummary summary;
    private final Select<OutboxState> state = new Select<>();
    private final TextField development = new TextField();
    private final TextField unit = new TextField();
    private final IntegerField errorCode = new IntegerField();
    private final Checkbox mine = new Checkbox();
    private final Grid<QueueRow> grid = new Grid<>();
    private final H3 logTitle = new H3();
    private final Grid<DeliveryAttempt> log = new Grid<>();
    private @Nullable QueueRow selected;
    private final FilterAddress address = new FilterAddress(this, this::parameters);

    SyncQueueView(
            SyncQueueService queue,
            SyncUpdates updates,
            AuthenticationContext authentication,
            DeliveryProgressUpdates deliveryProgress) {
        this.queue = queue;
        this.updates = updates;
        this.admin = authentication.hasRole(Roles.ADMIN);
        this.retryEvery = queue.retryEvery();
        this.summary = new SyncSummary(retryEvery);
        setSizeFull();
        addClassName("sync-queue");
        configureFilters();
        configureGrid();
        configureLog();
        var filters = new HorizontalLayout(state, development, unit, errorCode, mine);
        filters.addClassName("sync-queue-filters");
        filters.setAlignItems(Alignment.BASELINE);
        if (admin) {
            filters.add(bulkButton("retry"), bulkButton("discard"));
        }
        add(
                new H2(getTranslation("nav.sync-queue")),
                summary,
                DeliveryProgressLine.forAllDevelopments(deliveryProgress),
                filters,
                grid,
                logTitle,
                log);
        showSummary(queue.summary());
        showLog();
    }

    private void configureFilters() {
        state.setLabel(getTranslation("sync.queue.state"));
        state.setItems(OutboxState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("sync.queue.state.all"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("sync.queue.state.all") : getTranslation("sync.state." + s.name()));
        state.setId("sync-filter-state");
        development.setLabel(getTranslation("sync.queue.development"));
        development.setId("sync-filter-development");
        unit.setLabel(getTranslation("sync.queue.unit"));
        unit.setId("sync-filter-unit");
        errorCode.setLabel(getTranslation("sync.queue.error-code"));
        errorCode.setId("sync-filter-error-code");
        mine.setLabel(getTranslation("sync.queue.mine"));
        mine.setId("sync-filter-mine");
        for (var field : new TextField[] {development, unit}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        errorCode.setValueChangeMode(ValueChangeMode.LAZY);
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        development.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        unit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        errorCode.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        address.follow(state, development, unit, errorCode, mine);
    }

    private QueryParameters parameters() {
        return FilterAddress.parameters(
                STATE,
                state.getValue(),
                "development",
                development.getValue(),
                "unit",
                unit.getValue(),
                "code",
                errorCode.getValue(),
                MINE,
                mine.getValue());
    }

    private QueueFilter filter() {
        return new QueueFilter(
                state.getValue(), development.getValue(), unit.getValue(), errorCode.getValue(), mine.getValue());
    }

    private void configureGrid() {
        grid.addComponentColumn(r -> stateBadge(r.state()))
                .setHeader(getTranslation("sync.queue.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.developmentName() + " (" + r.propqDevelopmentId() + ")")
                .setHeader(getTranslation("sync.queue.development"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::unitLink)
                .setHeader(getTranslation("sync.queue.unit"))
                .setAutoWidth(true);
        grid.addColumn(QueueRow::attempts)
                .setHeader(getTranslation("sync.queue.attempts"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.state() == OutboxState.PENDING ? Formats.dateTime(r.nextAttemptAt(), getLocale()) : "")
                .setHeader(getTranslation("sync.queue.next-attempt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastAnswer)
                .setKey("last-answer")
                .setHeader(getTranslation("sync.queue.last-answer"))
                .setWidth("22em")
                .setFlexGrow(1);
        if (admin) {
            // Frozen at the end: the row's way out stays on screen however wide the other columns grow.
            grid.addComponentColumn(this::actions)
                    .setKey("actions")
                    .setHeader(getTranslation("sync.queue.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        grid.setItems(q -> queue.rows(filter(), q.getOffset(), q.getLimit()).stream(), q -> queue.count(filter()))
                .setIdentifierProvider(QueueRow::id);
        grid.setEmptyStateText(getTranslation("sync-queue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("sync-queue-grid");
        grid.setWidthFull();
        grid.setHeight("45vh");
        grid.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            showLog();
        });
    }

    /** The unit, linked to its editor on its development's page; a development-wide change by its kind. */
    private com.vaadin.flow.component.Component unitLink(QueueRow row) {
        var unitName = row.unitName();
        if (unitName == null || row.unitId() == null) {
            return new Span(unitName == null ? getTranslation("sync.kind." + row.kind()) : unitName);
        }
        var link = new Anchor(DevelopmentAddress.unit(row.developmentId(), unitName), unitName);
        link.setTitle(getTranslation("sync.queue.open-unit", unitName, row.developmentName()));
        link.addClassName("sync-unit-link");
        return link;
    }

    /** What PropQ's last answer means in a sentence, its raw text behind "Details". */
    private Div lastAnswer(QueueRow row) {
        var cell = new Div();
        var status = row.lastStatus();
        if (status == null) {
            return cell;
        }
        var plain = PlainAnswer.of(status, row.lastError(), retryEvery);
        var sentence = new Span(plain.text(this::getTranslation));
        sentence.addClassName("sync-plain-answer");
        var raw = SyncFormats.status(status, this::getTranslation)
                + (row.lastError() == null ? "" : "\n" + row.lastError());
        cell.add(sentence, new AnswerDetails(plain.fieldErrorLines(), raw));
        cell.setId("sync-answer-" + row.id());
        return cell;
    }

    private HorizontalLayout actions(QueueRow row) {
        var actions = new HorizontalLayout();
        if (row.stuck() && row.state() != OutboxState.PARKED) {
            // A claim that ran out or a change that failed before: send it now rather than wait for its turn.
            var sendNow = new Button(getTranslation("sync.queue.send-now"), e -> {
                if (queue.sendNow(row.id())) {
                    Notification.show(getTranslation("sync.queue.retried"));
                }
                refresh(queue.summary());
            });
            sendNow.setId("sync-send-now-" + row.id());
            sendNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(sendNow);
            return actions;
        }
        if (row.state() != OutboxState.PARKED) {
            return actions;
        }
        var retry = new Button(getTranslation("sync.queue.retry"), e -> {
            if (queue.retry(row.id())) {
                Notification.show(getTranslation("sync.queue.retried"));
            }
            refresh(queue.summary());
        });
        retry.setId("sync-retry-" + row.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var discard = new Button(
                getTranslation("sync.queue.discard"),
                e -> new DiscardDialog(row, () -> {
                            if (queue.discard(row.id())) {
                                Notification.show(getTranslation("sync.queue.discarded"));
                            }
                            refresh(queue.summary());
                        })
                        .open());
        discard.setId("sync-discard-" + row.id());
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(retry, discard);
        return actions;
    }

    /** Retry or discard every parked row the filter shows, after a confirmation that says how many. */
    private Button bulkButton(String action) {
        var button = new Button(getTranslation("sync.bulk." + action + ".all"), e -> {
            var rows = queue.parked(filter());
            if (rows.isEmpty()) {
                Notification.show(getTranslation("sync.bulk.none"));
                return;
            }
            new BulkQueueActionDialog(action, rows.size(), () -> {
                        var done = action.equals("retry") ? queue.retryAll(rows) : queue.discardAll(rows);
                        Notification.show(getTranslation("sync.bulk." + action + ".done", done));
                        refresh(queue.summary());
                    })
                    .open();
        });
        button.setId("sync-bulk-" + action);
        if (action.equals("discard")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void configureLog() {
        log.addColumn(a -> Formats.dateTime(a.attemptedAt(), getLocale()))
                .setHeader(getTranslation("sync.log.time"))
                .setAutoWidth(true);
        log.addColumn(DeliveryAttempt::version)
                .setHeader(getTranslation("sync.log.version"))
                .setAutoWidth(true);
        log.addColumn(a -> getTranslation("sync.log.outcome." + a.outcome()))
                .setHeader(getTranslation("sync.log.outcome"))
                .setAutoWidth(true);
        log.addColumn(a -> SyncFormats.status(a.httpStatus(), this::getTranslation))
                .setHeader(getTranslation("sync.log.status"))
                .setAutoWidth(true);
        log.addColumn(a -> a.durationMs() + " ms")
                .setHeader(getTranslation("sync.log.duration"))
                .setAutoWidth(true);
        log.addColumn(a -> a.error() == null ? "" : SyncFormats.excerpt(a.error(), 300))
                .setHeader(getTranslation("sync.log.error"))
                .setFlexGrow(1);
        log.setId("sync-delivery-log");
        log.setWidthFull();
        log.setHeight("30vh");
        logTitle.setId("sync-delivery-log-title");
    }

    private void showLog() {
        var row = selected;
        logTitle.setVisible(row != null);
        log.setVisible(row != null);
        if (row != null) {
            logTitle.setText(getTranslation(
                    "sync.log.title",
                    row.unitName() == null
                            ? row.propqDevelopmentId()
                            : row.propqDevelopmentId() + " / " + row.unitName()));
            log.setItems(queue.deliveryLog(row.id()));
        }
    }

    private Span stateBadge(OutboxState rowState) {
        var badge = new Span(getTranslation("sync.state." + rowState.name()));
        badge.addClassNames("sync-badge", "sync-state-" + rowState.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private void showSummary(SyncSnapshot snapshot) {
        summary.show(snapshot);
    }

    private void refresh(SyncSnapshot snapshot) {
        showSummary(snapshot);
        grid.getDataProvider().refreshAll();
        showLog();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        UntilDetached.keep(event, updates.subscribe(snapshot -> ui.access(() -> refresh(snapshot))));
    }

    /**
     * The filters from the address: the history page links here with {@code ?unit=<name>} to show that unit's queue
     * row and delivery log, a parked-change notice with {@code ?mine=true}, the overview's parked changes with
     * {@code ?state=parked}.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.open(event);
        address.choice(STATE, OutboxState.class).ifPresent(state::setValue);
        address.text("development").ifPresent(development::setValue);
        address.text("unit").ifPresent(unit::setValue);
        address.number("code").ifPresent(errorCode::setValue);
        mine.setValue(address.flag(MINE));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        address.announceDropped();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sync-queue");
    }
}
