package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.ImportDryRun;
import com.propq.dashboard.catalog.NewDevelopment;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.propq.DevelopmentIdCheck;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A new development: PropQ id, name, location, notes and, optionally, its price list, whose dry run shows the
 * units it will have before anything is created; Create makes the development and all its units at once.
 */
final class NewDevelopmentDialog extends Dialog {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();
    private final Button create = new Button();
    private @Nullable ImportDryRun priceList;

    NewDevelopmentDialog(
            CatalogEditService editing,
            PriceListService priceLists,
            DevelopmentIdCheck checker,
            LongConsumer onCreated) {
        setHeaderTitle(getTranslation("development.new.title"));
        setId("new-development-dialog");
        setWidth("min(60rem, 95vw)");
        var propqId = new TextField(getTranslation("development.propq-id"));
        propqId.setRequired(true);
        propqId.setId("new-development-propq-id");
        var name = new TextField(getTranslation("development.name"));
        name.setRequired(true);
        name.setId("new-development-name");
        var location = new TextField(getTranslation("development.location"));
        location.setId("new-development-location");
        var notes = new TextArea(getTranslation("unit.notes"));
        notes.setId("new-development-notes");
        var form = new FormLayout(propqId, name, location, notes);
        form.setColspan(notes, 2);
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> dryRun(priceLists, bytes)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setId("new-development-upload");
        ComponentI18n.localize(upload);
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("import.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> showPriceList(null));
        summary.setId("import-summary");
        add(
                form,
                new PropqCheck(checker, propqId::getValue),
                new Paragraph(getTranslation("development.new.price-list")),
                upload,
                summary,
                results);
        Map<String, HasValidation> fields = Map.of("propqId", propqId, "name", name);
        create.setText(getTranslation("development.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-development-create");
        create.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                var created = editing.createDevelopment(
                        new NewDevelopment(propqId.getValue(), name.getValue(), location.getValue(), notes.getValue()),
                        priceList,
                        null);
                close();
                onCreated.accept(created.id());
            } catch (CatalogValidationException ex) {
                ex.problems().forEach(p -> {
                    var field = fields.get(p.field());
                    if (field != null) {
                        field.setErrorMessage(
                                getTranslation(p.messageKey(), p.parameters().toArray()));
                        field.setInvalid(true);
                    }
                });
                var others = ex.problems().stream()
                        .filter(p -> !fields.containsKey(p.field()))
                        .map(p -> Problems.describe(this, p))
                        .collect(Collectors.joining(" "));
                if (!others.isBlank()) {
                    summary.setText(others);
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    /** The dry run of the uploaded file (on the upload's request; push shows its result). */
    private void dryRun(PriceListService priceLists, byte[] bytes) {
        var ui = UI.getCurrent();
        var result = priceLists.dryRunForNewDevelopment(new ByteArrayInputStream(bytes));
        ui.access(() -> showPriceList(result));
    }

    private void showPriceList(@Nullable ImportDryRun result) {
        priceList = result;
        results.removeAll();
        summary.setText(result == null ? "" : DryRunResults.summary(this, result));
        if (result != null) {
            results.add(new DryRunResults(result));
        }
        create.setText(
                result == null || !result.createsUnits()
                        ? getTranslation("development.new.create")
                        : getTranslation(
                                "development.new.with-units", result.created().size()));
        create.setEnabled(result == null || result.invalid().isEmpty());
    }
}
