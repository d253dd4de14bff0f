package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.sync.SyncBadge;
import com.propq.dashboard.sync.SyncState;
import com.propq.dashboard.sync.SyncStatusService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * A development's units as a building: blocks side by side, floors from top to bottom, one tile per unit with
 * its name, price, status (colour and word) and sync badge; a tile opens the unit. Filtered like the grid.
 * Units without a block or a floor are listed beside the plan.
 */
final class StackingPlan extends VerticalLayout {

    /** A development larger than this is shown in part, with a note to narrow the filters. */
    static final int MAX_UNITS = 2000;

    private final CatalogService catalog;
    private final SyncStatusService sync;
    private final LongConsumer openUnit;
    private final UnitFilterBar filterBar = new UnitFilterBar();
    private final Paragraph count = new Paragraph();
    private final Div plan = new Div();
    private final Div unplaced = new Div();
    private long developmentId = -1;
    private boolean shown;
    private List<UnitLine> lastRows = List.of();

    StackingPlan(CatalogService catalog, SyncStatusService sync, LongConsumer openUnit) {
        this.catalog = catalog;
        this.sync = sync;
        this.openUnit = openUnit;
        setId("stacking-plan");
        addClassName("stacking-plan");
        setPadding(false);
        filterBar.addFilterChangeListener(this::refresh);
        count.addClassName("plan-count");
        count.getElement().setAttribute("role", "status");
        plan.addClassName("plan-blocks");
        var unplacedSection = new Section(new H3(getTranslation("plan.unplaced")), unplaced);
        unplacedSection.addClassName("plan-unplaced");
        unplacedSection.setId("plan-unplaced");
        var body = new Div(plan, unplacedSection);
        body.addClassName("plan-body");
        add(filterBar, legend(), count, body);
    }

    /** Shows the given development's plan. */
    void show(long developmentId) {
        this.developmentId = developmentId;
        lastRows = List.of();
        refresh();
    }

    /**
     * Whether the plan is on screen (its tab selected). Only then does it hold tiles: a plan has a component per
     * unit (up to {@link #MAX_UNITS}), which every open development page would otherwise keep in the server's
     * memory, and read again on each sync change, though most never show the plan.
     */
    void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            refresh();
        } else {
            plan.removeAll();
            unplaced.removeAll();
            count.setText("");
            lastRows = List.of();
        }
    }

    /**
     * Reads the units again (after edits or sync changes); does nothing until a development is shown, nor while the
     * plan is not on screen.
     */
    void refresh() {
        if (developmentId < 0 || !shown) {
            return;
        }
        var filter = filterBar.filter();
        if (filter.isEmpty()) {
            plan.removeAll();
            unplaced.removeAll();
            count.setText("");
            lastRows = List.of();
            return;
        }
        var rows = UnitLine.of(catalog.units(developmentId, filter.get(), List.of(), 0, MAX_UNITS + 1), sync);
        if (rows.equals(lastRows) && !rows.isEmpty()) {
            return; // unchanged: keep the tiles, and the keyboard focus on one of them
        }
        lastRows = rows;
        plan.removeAll();
        unplaced.removeAll();
        var shown = rows.size() > MAX_UNITS ? rows.subList(0, MAX_UNITS) : rows;
        count.setText(
                rows.isEmpty()
                        ? getTranslation("plan.empty")
                        : rows.size() > MAX_UNITS
                                ? getTranslation("plan.truncated", MAX_UNITS)
                                : getTranslation("plan.count", shown.size()));
        var blocks = new TreeMap<String, TreeMap<Integer, List<UnitLine>>>();
        var loose = new ArrayList<UnitLine>();
        for (var line : shown) {
            var unit = line.unit();
            if (unit.block() == null || unit.block().isBlank() || unit.floor() == null) {
                loose.add(line);
            } else {
                blocks.computeIfAbsent(unit.block(), b -> new TreeMap<>(Comparator.reverseOrder()))
                        .computeIfAbsent(unit.floor(), f -> new ArrayList<>())
                        .add(line);
            }
        }
        blocks.forEach((block, floors) -> plan.add(block(block, floors)));
        loose.forEach(unit -> unplaced.add(tile(unit)));
        if (loose.isEmpty()) {
            unplaced.add(new Paragraph(getTranslation("plan.unplaced.none")));
        }
    }

    private Section block(String name, TreeMap<Integer, List<UnitLine>> floors) {
        var block = new Section(new H3(getTranslation("plan.block", name)));
        block.addClassName("plan-block");
        floors.forEach((floor, units) -> {
            var label = new Span(getTranslation("plan.floor", floor));
            label.addClassName("plan-floor-label");
            var tiles = new Div();
            tiles.addClassName("plan-tiles");
            units.forEach(unit -> tiles.add(tile(unit)));
            var row = new Div(label, tiles);
            row.addClassName("plan-floor");
            block.add(row);
        });
        return block;
    }

    private NativeButton tile(UnitLine line) {
        var unit = line.unit();
        var name = new Span(unit.name());
        name.addClassName("plan-tile-name");
        var price = new Span(Formats.euros(unit.price(), getLocale()));
        price.addClassName("plan-tile-price");
        var tile = new NativeButton();
        tile.add(name, price, new StatusBadge(unit.status()), new SyncBadgeLabel(line.sync()));
        tile.addClassNames("plan-tile", "plan-" + unit.status().name().toLowerCase(Locale.ROOT));
        tile.getElement().setAttribute("data-unit", unit.name());
        tile.addClickListener(e -> openUnit.accept(unit.id()));
        return tile;
    }

    private Div legend() {
        var legend = new Div(new Span(getTranslation("plan.legend")));
        legend.addClassName("plan-legend");
        for (var status : UnitStatus.values()) {
            legend.add(new StatusBadge(status));
        }
        for (var badge : List.of(SyncBadge.SYNCED, SyncBadge.PENDING, SyncBadge.NEEDS_FIX, SyncBadge.NEVER_SENT)) {
            legend.add(new SyncBadgeLabel(new SyncState(badge, null, null)));
        }
        return legend;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }
}
