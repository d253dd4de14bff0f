package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What an empty catalog says: how an agency starts (create the development, import its price list, publish)
 * and, for those who may, the button that starts it; a reviewer reads who creates developments.
 */
public final class EmptyCatalog {

    private EmptyCatalog() {}

    public static Div of(Component translator, boolean canCreate, Runnable create) {
        var box = new Div(new Paragraph(
                translator.getTranslation(canCreate ? "developments.empty" : "developments.empty.read-only")));
        if (canCreate) {
            var button = new Button(
                    translator.getTranslation("developments.new"), VaadinIcon.PLUS.create(), e -> create.run());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId("empty-new-development");
            box.add(button);
        }
        box.addClassName("empty-catalog");
        box.setId("empty-catalog");
        return box;
    }
}
