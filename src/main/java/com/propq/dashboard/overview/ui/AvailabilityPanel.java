package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.DevelopmentAvailability;
import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Units by status as one stacked bar per development (plain CSS flex segments), each bar named for screen
 * readers and followed by its counts and asking-price sums in words, so the colours are never the only clue.
 */
final class AvailabilityPanel extends OverviewCard {

    AvailabilityPanel() {
        super("overview-availability", "overview.availability");
        addClassName("overview-wide");
    }

    void show(List<DevelopmentAvailability> developments) {
        if (!changed(developments)) {
            return;
        }
        if (developments.isEmpty()) {
            showContent(new Paragraph(getTranslation("overview.availability.none")));
            return;
        }
        var rows = new ArrayList<Component>();
        rows.add(legend());
        for (var development : developments) {
            var name = DevelopmentAddress.link(
                    DevelopmentAddress.of(development.id(), DevelopmentAddress.Tab.UNITS), development.name());
            rows.add(row(name, development));
        }
        var total = new Span(getTranslation("overview.availability.total"));
        var totalRow = row(total, DevelopmentAvailability.total(developments));
        totalRow.addClassName("availability-total");
        totalRow.setId("availability-total");
        rows.add(totalRow);
        showContent(rows.toArray(Component[]::new));
    }

    private Div row(Component name, DevelopmentAvailability d) {
        var label = name instanceof Anchor link ? link.getText() : ((Span) name).getText();
        var summary = new Span(getTranslation(
                "overview.availability.summary", d.totalUnits(), Formats.euros(d.totalAskingPrice(), getLocale())));
        summary.addClassName("availability-summary");
        var head = new Div(name, summary);
        head.addClassName("availability-head");
        var row = new Div(head, bar(label, d), counts(d));
        row.addClassName("availability-row");
        return row;
    }

    private Div bar(String label, DevelopmentAvailability d) {
        var bar = new Div();
        bar.addClassName("availability-bar");
        bar.getElement().setAttribute("role", "img");
        var words = java.util.Arrays.stream(UnitStatus.values())
                .map(s -> getTranslation("status." + s.name()) + " " + d.units(s))
                .collect(Collectors.joining(", "));
        bar.getElement().setAttribute("aria-label", label + ": " + words);
        for (var status : UnitStatus.values()) {
            if (d.units(status) > 0) {
                var segment = new Span();
                segment.addClassNames("bar-segment", "bar-" + status.name().toLowerCase(Locale.ROOT));
                segment.getStyle().set("flex-grow", Integer.toString(d.units(status)));
                bar.add(segment);
            }
        }
        return bar;
    }

    private Div counts(DevelopmentAvailability d) {
        var counts = new Div();
        counts.addClassName("availability-counts");
        for (var status : UnitStatus.values()) {
            var item = new Span(
                    swatch(status),
                    new Span(getTranslation(
                            "overview.availability.count",
                            getTranslation("status." + status.name()),
                            d.units(status),
                            Formats.euros(d.askingPrice(status), getLocale()))));
            item.addClassName("availability-count");
            counts.add(item);
        }
        return counts;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("availability-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        for (var status : UnitStatus.values()) {
            legend.add(new Span(swatch(status), new Span(getTranslation("status." + status.name()))));
        }
        return legend;
    }

    private static Span swatch(UnitStatus status) {
        var swatch = new Span();
        swatch.addClassNames("swatch", "bar-" + status.name().toLowerCase(Locale.ROOT));
        return swatch;
    }
}
