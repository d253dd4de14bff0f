package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.ui.PublishDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The development page's header: the development's name and what can be done to it (a new unit, its details, a
 * bulk change, a price list in or out, its batches, a publish). Only the export is offered to a reviewer.
 */
final class DevelopmentHeader extends HorizontalLayout {

    /** What the header needs from the page it sits on. */
    interface Page {

        DevelopmentSummary development();

        /** The units ticked in the grid. */
        Set<Long> selectedUnits();

        /** The grid's filter, if its fields are valid. */
        Optional<UnitFilter> filter();

        void newUnit();

        void developmentSaved(long developmentId);

        void batchApplied(BatchResult result);

        void publishRequested();
    }

    private final H2 title = new H2();
    private final Anchor exportAll;
    private final Button exportChoice;
    private final PhoneActionsMenu phoneActions;
    private final Page page;

    DevelopmentHeader(
            CatalogService catalog,
            CatalogEditService editing,
            BulkEditService bulk,
            PriceListService priceList,
            PublishService publishing,
            boolean canEdit,
            Page page) {
        var newUnit = new Button(getTranslation("unit.new"), VaadinIcon.PLUS.create(), e -> page.newUnit());
        newUnit.setId("new-unit");
        var editDevelopment = new Button(
                getTranslation("development.edit"),
                VaadinIcon.EDIT.create(),
                e -> catalog.developmentDetails(page.development().id())
                        .ifPresent(
                                d -> new DevelopmentEditorDialog(d, editing, saved -> page.developmentSaved(saved.id()))
                                        .open()));
        editDevelopment.setId("edit-development");
        var bulkChange = new Button(
                getTranslation("bulk.open"),
                VaadinIcon.LIST_SELECT.create(),
                e -> page.filter()
                        .ifPresent(f -> new BulkChangeDialog(
                                        bulk, page.development().id(), page.selectedUnits(), f, page::batchApplied)
                                .open()));
        bulkChange.setId("bulk-change");
        var importList = new Button(
                getTranslation("import.open"),
                VaadinIcon.UPLOAD.create(),
                e -> new PriceListImportDialog(priceList, page.development().id(), page::batchApplied).open());
        importList.setId("import-price-list");
        var batches = new Button(
                getTranslation("batches.open"),
                VaadinIcon.TIME_BACKWARD.create(),
                e -> new BatchesDialog(bulk, page.development().id(), zone(), page::batchApplied).open());
        batches.setId("batches");
        // Without filters one click downloads all units; with filters on, the choice says which units go out.
        var export = new Anchor(
                (DownloadHandler)
                        event -> ExportChoiceDialog.write(event, priceList, page.development(), UnitFilter.NONE),
                "");
        export.add(new Button(getTranslation("export.open"), VaadinIcon.DOWNLOAD.create()));
        export.setId("export-price-list");
        exportChoice = new Button(
                getTranslation("export.open"),
                VaadinIcon.DOWNLOAD.create(),
                e -> new ExportChoiceDialog(
                                catalog,
                                priceList,
                                page.development(),
                                page.filter().orElse(UnitFilter.NONE))
                        .open());
        exportChoice.setId("export-price-list-choice");
        exportChoice.setVisible(false);
        exportAll = export;
        this.page = page;
        var publish = new Button(
                getTranslation("publish.open"),
                VaadinIcon.GLOBE.create(),
                e -> new PublishDialog(
                                publishing,
                                page.development().id(),
                                page.development().name(),
                                page::publishRequested)
                        .open());
        publish.setId("publish-development");
        for (var button : List.of(newUnit, editDevelopment, bulkChange, importList, batches, publish)) {
            button.setVisible(canEdit);
        }
        add(title, newUnit, editDevelopment, bulkChange, importList, batches, export, exportChoice, publish);
        phoneActions = new PhoneActionsMenu(
                List.of(newUnit, editDevelopment, bulkChange, importList, batches, export, exportChoice, publish));
        add(phoneActions);
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        addClassName("development-header");
    }

    /** The grid's filter changed: with units left out, the export asks which units to export. */
    void filterChanged() {
        boolean filtered = page.filter().map(UnitFilter::restricts).orElse(false);
        exportAll.setVisible(!filtered);
        exportChoice.setVisible(filtered);
        phoneActions.showOnlyVisibleActions();
    }

    void showTitle(String name) {
        title.setText(name);
    }

    private ZoneId zone() {
        return getUI().map(ViewerZone::of).orElse(ZoneId.systemDefault());
    }
}
