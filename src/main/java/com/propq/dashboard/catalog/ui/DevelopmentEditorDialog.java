package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.DevelopmentDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Name, location and notes of a development; its PropQ id only while PropQ has nothing of it. */
final class DevelopmentEditorDialog extends Dialog {

    DevelopmentEditorDialog(
            DevelopmentDetails development, CatalogEditService editing, Consumer<DevelopmentDetails> onSaved) {
        setHeaderTitle(getTranslation("development.edit"));
        setId("development-editor");
        var propqId = new TextField(getTranslation("development.propq-id"), development.propqId(), "");
        propqId.setReadOnly(development.propqIdLocked());
        if (development.propqIdLocked()) {
            propqId.setHelperText(getTranslation("development.propq-id.locked"));
        }
        var name = new TextField(getTranslation("development.name"), development.name(), "");
        var location = new TextField(
                getTranslation("development.location"),
                development.location() == null ? "" : development.location(),
                "");
        var notes = new TextArea(getTranslation("unit.notes"));
        notes.setValue(development.notes() == null ? "" : development.notes());
        var form = new FormLayout(name, propqId, location, notes);
        form.setColspan(notes, 2);
        add(form);
        Map<String, HasValidation> fields =
                Map.of("propqId", propqId, "name", name, "location", location, "notes", notes);
        var save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                var saved = editing.saveDevelopment(
                        development.id(),
                        development.version(),
                        propqId.getValue(),
                        name.getValue(),
                        location.getValue(),
                        notes.getValue());
                close();
                onSaved.accept(saved);
            } catch (CatalogValidationException ex) {
                ex.problems().forEach(p -> {
                    var field = fields.getOrDefault(p.field(), name);
                    field.setErrorMessage(
                            getTranslation(p.messageKey(), p.parameters().toArray()));
                    field.setInvalid(true);
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("development-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
