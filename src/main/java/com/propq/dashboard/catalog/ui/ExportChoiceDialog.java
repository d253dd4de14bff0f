package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * With filters on, "Export price list" asks which units: the ones the grid shows or all of the development's, each
 * counted, each a download whose file name says which.
 */
final class ExportChoiceDialog extends Dialog {

    ExportChoiceDialog(
            CatalogService catalog, PriceListService priceList, DevelopmentSummary development, UnitFilter filter) {
        setId("export-choice-dialog");
        setHeaderTitle(getTranslation("export.open"));
        var shown = download(
                priceList,
                development,
                filter,
                getTranslation("export.scope.shown", catalog.countUnits(development.id(), filter)));
        shown.setId("export-shown-units");
        var all = download(
                priceList,
                development,
                UnitFilter.NONE,
                getTranslation("export.scope.all", catalog.countUnits(development.id(), UnitFilter.NONE)));
        all.setId("export-all-units");
        var choices = new VerticalLayout(new Paragraph(getTranslation("export.scope.question")), shown, all);
        choices.setPadding(false);
        add(choices);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    /** A link that downloads the price list of the units {@code filter} lets through, and closes the dialog. */
    private Anchor download(
            PriceListService priceList, DevelopmentSummary development, UnitFilter filter, String label) {
        var link = new Anchor((DownloadHandler) event -> write(event, priceList, development, filter), label);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.addClassName("export-choice");
        link.getElement().addEventListener("click", e -> close());
        return link;
    }

    /** The price list download: {@code <dev>-price-list.csv}, or {@code -filtered.csv} when the filter leaves units out. */
    static void write(
            DownloadEvent event, PriceListService priceList, DevelopmentSummary development, UnitFilter filter) {
        event.setFileName(
                development.propqId() + (filter.restricts() ? "-price-list-filtered.csv" : "-price-list.csv"));
        event.setContentType("text/csv");
        // Written to the response as it is read: a large catalog never sits in memory.
        priceList.export(development.id(), filter, event.getOutputStream());
    }
}
