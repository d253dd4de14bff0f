package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitValues;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shows what the other person saved beside what this user typed, and lets them choose. */
final class UnitConflictDialog extends Dialog {

    UnitConflictDialog(UnitDetails theirs, UnitValues mine, Runnable keepMine, Runnable takeTheirs) {
        setHeaderTitle(getTranslation("unit.conflict.title", theirs.name()));
        setId("unit-conflict");
        var table = new Div();
        table.addClassName("conflict-table");
        table.add(
                cell("", "head"),
                cell(getTranslation("unit.conflict.theirs"), "head"),
                cell(getTranslation("unit.conflict.mine"), "head"));
        var locale = getLocale();
        row(
                table,
                "unit.status",
                theirs.values(),
                mine,
                v -> getTranslation("status." + v.status().name()));
        row(table, "unit.price", theirs.values(), mine, v -> Formats.euros(v.price(), locale));
        row(
                table,
                "unit.directions",
                theirs.values(),
                mine,
                v -> v.directions().stream().map(Direction::name).collect(Collectors.joining(", ")));
        row(table, "unit.block", theirs.values(), mine, v -> Objects.toString(v.block(), ""));
        row(table, "unit.floor", theirs.values(), mine, v -> Objects.toString(v.floor(), ""));
        row(table, "unit.bedrooms", theirs.values(), mine, v -> Objects.toString(v.bedrooms(), ""));
        row(table, "unit.built-area", theirs.values(), mine, v -> Formats.squareMetres(v.builtArea(), locale));
        row(table, "unit.notes", theirs.values(), mine, v -> Objects.toString(v.notes(), ""));
        row(table, "unit.hold-reason", theirs.values(), mine, v -> Objects.toString(v.holdReason(), ""));
        add(new Paragraph(getTranslation("unit.conflict.text")), table);

        var keep = new Button(getTranslation("unit.conflict.keep-mine"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("conflict-keep-mine");
        var take = new Button(getTranslation("unit.conflict.take-theirs"), e -> {
            close();
            takeTheirs.run();
        });
        take.setId("conflict-take-theirs");
        var back = new Button(getTranslation("unit.conflict.back"), e -> close());
        getFooter().add(back, take, keep);
    }

    private void row(
            Div table, String labelKey, UnitValues theirs, UnitValues mine, Function<UnitValues, String> value) {
        var theirText = value.apply(theirs);
        var myText = value.apply(mine);
        var kind = theirText.equals(myText) ? "same" : "differs";
        table.add(cell(getTranslation(labelKey), "label"), cell(theirText, kind), cell(myText, kind));
    }

    private static Span cell(String text, String kind) {
        var span = new Span(text);
        span.addClassNames("conflict-cell", "conflict-" + kind);
        return span;
    }
}
