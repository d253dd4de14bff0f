package com.propq.dashboard.history.ui;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.history.DeliveryOutcome;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryRow;
import com.propq.dashboard.history.HistoryService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * History entries, newest first, paged from the database as the reader scrolls: who, when (in the
 * viewer's zone), what (field: old → new, values as the grid shows them), why, the batch, and whether PropQ got it. Used by the
 * History page, the unit editor and the development page.
 */
public final class HistoryGrid extends Composite<Grid<HistoryRow>> {

    /** When, who, kind, then what: the development goes before what changed. */
    private static final int WHAT_COLUMN = 3;

    private final HistoryService history;
    private final Supplier<HistoryFilter> filter;
    private final ZoneId zone;
    private final @Nullable Consumer<UUID> openBatch;

    public HistoryGrid(
            HistoryService history, Supplier<HistoryFilter> filter, ZoneId zone, @Nullable Consumer<UUID> openBatch) {
        this.history = history;
        this.filter = filter;
        this.zone = zone;
        this.openBatch = openBatch;
    }

    @Override
    protected Grid<HistoryRow> initContent() {
        var grid = new Grid<HistoryRow>();
        grid.addColumn(r -> Formats.dateTimeSeconds(r.occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> actor(this, r.actor()))
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("history.kind." + r.kind().name()))
                .setHeader(getTranslation("history.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::whatWithLink)
                .setHeader(getTranslation("history.what"))
                .setAutoWidth(true);
        grid.addColumn(r -> change(this, getLocale(), r, zone))
                .setHeader(getTranslation("history.change"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("history.reason"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::batch)
                .setHeader(getTranslation("history.batch"))
                .setAutoWidth(true);
        // Wide enough for "Delivered 29/11/2026 21:42" in either language: auto width measures only the first
        // rows, which may all be "Pending".
        grid.addComponentColumn(this::delivery)
                .setHeader(getTranslation("history.delivery"))
                .setWidth("15rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> history.page(filter.get(), q.getOffset(), q.getLimit()).stream());
        grid.setSizeFull();
        grid.addClassName("history-grid");
        return grid;
    }

    /** Adds a column naming each entry's development, where entries of every development meet (the History page). */
    public void showDevelopments(LongFunction<String> name) {
        var grid = getContent();
        var column = grid.addColumn(r -> r.developmentId() == null ? "" : name.apply(r.developmentId()))
                .setHeader(getTranslation("history.development"))
                .setAutoWidth(true);
        var order = new ArrayList<>(grid.getColumns());
        order.remove(column);
        order.add(order.indexOf(grid.getColumns().get(WHAT_COLUMN)), column);
        grid.setColumnOrder(order);
    }

    public void refresh() {
        getContent().getDataProvider().refreshAll();
    }

    /** Who, as a reader says it: a username, or "System (Publish poller)". */
    public static String actor(Component translator, String actor) {
        return actor.startsWith(HistoryEntry.SYSTEM_PREFIX)
                ? translator.getTranslation(
                        "history.system",
                        HistoryValues.job(translator, actor.substring(HistoryEntry.SYSTEM_PREFIX.length())))
                : actor;
    }

    /** What: the entity and the field, e.g. "A-1-01 · Price". */
    public static String what(Component translator, HistoryRow row) {
        var label = row.entityLabel() == null ? "" : row.entityLabel();
        var field = row.field() == null ? "" : translator.getTranslation("history.field." + row.field());
        return label.isEmpty() ? field : label + " · " + field;
    }

    /** What, with the unit as a link that opens it in its development's editor. */
    private Component whatWithLink(HistoryRow row) {
        var text = what(this, row);
        var label = row.entityLabel();
        if (row.entityType() != HistoryEntityType.UNIT || row.developmentId() == null || label == null) {
            return new Span(text);
        }
        var link = DevelopmentAddress.link(DevelopmentAddress.unit(row.developmentId(), label), label);
        link.setAriaLabel(getTranslation("history.open-unit", label));
        link.addClassName("history-unit-link");
        return new Span(link, new Text(text.substring(label.length())));
    }

    /** The change as the grid shows values: "€250,000 → €262,500", a dash for nothing. */
    public static String change(Component reader, Locale locale, HistoryRow row, ZoneId zone) {
        return orDash(HistoryValues.of(reader, locale, row, row.oldValue(), zone)) + " → "
                + orDash(HistoryValues.of(reader, locale, row, row.newValue(), zone));
    }

    private Button batch(HistoryRow row) {
        var button =
                new Button(row.batchId() == null ? "" : row.batchId().toString().substring(0, 8));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setVisible(row.batchId() != null && openBatch != null);
        button.setAriaLabel(getTranslation("history.open-batch"));
        if (row.batchId() != null && openBatch != null) {
            button.addClickListener(e -> openBatch.accept(row.batchId()));
        }
        return button;
    }

    private com.vaadin.flow.component.Component delivery(HistoryRow row) {
        var outcome = row.delivery();
        var state = outcome.state();
        String text = switch (state) {
            case DELIVERED ->
                outcome.deliveredAt() == null
                        ? getTranslation("history.delivery.DELIVERED")
                        : getTranslation(
                                "history.delivery.delivered-at",
                                Formats.dateTime(outcome.deliveredAt(), zone, getLocale()));
            case PARKED -> getTranslation("history.delivery.PARKED", outcome.status() == null ? "" : outcome.status());
            default -> getTranslation("history.delivery." + state.name());
        };
        var badge = new Span(text);
        badge.addClassNames(
                "delivery-badge",
                "delivery-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (outcome.answer() != null) {
            badge.setTitle(outcome.answer());
        }
        if (state == DeliveryOutcome.State.NOT_APPLICABLE || row.unitId() == null) {
            return badge;
        }
        // The unit's deliveries and queue state live on the sync queue page. Named by its route, not its class:
        // sync writes history, so history must not depend on sync (the router still handles the link in place).
        var link = new Anchor(
                "sync-queue?"
                        + QueryParameters.of("unit", row.entityLabel() == null ? "" : row.entityLabel())
                                .getQueryString(),
                badge);
        link.getElement()
                .setAttribute(
                        "title", outcome.answer() != null ? outcome.answer() : getTranslation("history.delivery.log"));
        return link;
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
