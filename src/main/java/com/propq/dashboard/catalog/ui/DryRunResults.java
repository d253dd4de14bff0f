package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.BulkLine;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.ImportDryRun;
import com.propq.dashboard.catalog.InvalidLine;
import com.propq.dashboard.catalog.NewUnitLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A price list's dry run, its kinds of lines apart: the new units with every value they start with, the changed
 * units before and after, the invalid lines with their reasons; and, before Apply, that new units cannot be undone.
 */
final class DryRunResults extends Div {

    DryRunResults(ImportDryRun result) {
        var tabs = new TabSheet();
        var created = new Grid<NewUnitLine>();
        created.addColumn(NewUnitLine::name)
                .setHeader(getTranslation("unit.name"))
                .setAutoWidth(true);
        created.addColumn(l -> getTranslation("status." + l.values().status().name()))
                .setHeader(getTranslation("unit.status"))
                .setAutoWidth(true);
        created.addColumn(l -> Formats.euros(l.values().price(), getLocale()))
                .setHeader(getTranslation("unit.price"))
                .setAutoWidth(true);
        created.addColumn(l ->
                        l.values().directions().stream().map(Direction::name).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("unit.directions"))
                .setAutoWidth(true);
        created.addColumn(l -> orEmpty(l.values().block()))
                .setHeader(getTranslation("unit.block"))
                .setAutoWidth(true);
        created.addColumn(l -> orEmpty(l.values().floor()))
                .setHeader(getTranslation("unit.floor"))
                .setAutoWidth(true);
        created.addColumn(l -> orEmpty(l.values().bedrooms()))
                .setHeader(getTranslation("unit.bedrooms"))
                .setAutoWidth(true);
        created.addColumn(l -> Formats.squareMetres(l.values().builtArea(), getLocale()))
                .setHeader(getTranslation("unit.built-area"))
                .setAutoWidth(true);
        created.addColumn(l -> orEmpty(l.values().notes()))
                .setHeader(getTranslation("unit.notes"))
                .setFlexGrow(1);
        created.setItems(result.created());
        created.setHeight("16rem");
        created.setId("import-created");
        var changed = new Grid<BulkLine>();
        changed.addColumn(BulkLine::unitName)
                .setHeader(getTranslation("unit.name"))
                .setAutoWidth(true);
        changed.addColumn(l -> getTranslation("status." + l.before().status().name()) + " → "
                        + getTranslation("status." + l.after().status().name()))
                .setHeader(getTranslation("unit.status"));
        changed.addColumn(l -> Formats.euros(l.before().price(), getLocale()) + " → "
                        + Formats.euros(l.after().price(), getLocale()))
                .setHeader(getTranslation("unit.price"));
        changed.setItems(result.changed());
        changed.setHeight("16rem");
        changed.setId("import-changed");
        var invalid = new Grid<InvalidLine>();
        invalid.addColumn(InvalidLine::lineNumber)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        invalid.addColumn(InvalidLine::unitName)
                .setHeader(getTranslation("unit.name"))
                .setAutoWidth(true);
        invalid.addColumn(this::reasonOf)
                .setHeader(getTranslation("import.reason"))
                .setFlexGrow(1);
        invalid.setItems(result.invalid());
        invalid.setHeight("16rem");
        invalid.setId("import-invalid");
        tabs.add(getTranslation("import.tab.created", result.created().size()), created);
        tabs.add(getTranslation("import.tab.changed", result.changed().size()), changed);
        tabs.add(getTranslation("import.tab.invalid", result.invalid().size()), invalid);
        tabs.setSelectedIndex(!result.invalid().isEmpty() ? 2 : result.created().isEmpty() ? 1 : 0);
        if (result.createsUnits()) {
            var warning = new Paragraph(
                    getTranslation("import.creates-units", result.created().size()));
            warning.setId("import-creates-units");
            add(warning);
        }
        add(tabs);
    }

    /** The summary line: new, changed, unchanged and invalid counts. */
    static String summary(Component translator, ImportDryRun result) {
        return translator.getTranslation(
                "import.summary",
                result.created().size(),
                result.changed().size(),
                result.unchanged(),
                result.invalid().size());
    }

    private String reasonOf(InvalidLine line) {
        var message = getTranslation(line.messageKey(), line.parameters().toArray());
        return line.field() == null ? message : Problems.fieldLabel(this, line.field()) + ": " + message;
    }

    private static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
