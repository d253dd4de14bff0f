package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.catalog.BatchConflictException;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.ImportDryRun;
import com.propq.dashboard.catalog.PriceListService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.io.input.BoundedInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Import of a price list: upload, a dry run in the background with a progress bar (the UI stays
 * responsive for a 10,000-line file), then apply all or nothing.
 */
final class PriceListImportDialog extends Dialog {

    private final PriceListService priceList;
    private final long developmentId;
    private final Consumer<BatchResult> onApplied;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final TextField reason = new TextField();
    private final Button apply = new Button();
    private final Div results = new Div();
    private @Nullable ImportDryRun dryRun;

    PriceListImportDialog(PriceListService priceList, long developmentId, Consumer<BatchResult> onApplied) {
        this.priceList = priceList;
        this.developmentId = developmentId;
        this.onApplied = onApplied;
        setId("import-dialog");
        setWidth("min(60rem, 95vw)");
        setHeaderTitle(getTranslation("import.title"));
        var upload = new Upload(new LimitedUpload());
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) PriceListService.MAX_FILE_BYTES);
        upload.setId("import-upload");
        ComponentI18n.localize(upload);
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("import.rejected", e.getErrorMessage())));
        reason.setLabel(getTranslation("unit.change-reason"));
        reason.setWidthFull();
        reason.setId("import-reason");
        progress.setVisible(false);
        progress.setIndeterminate(true);
        summary.setId("import-summary");
        results.setVisible(false);
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.setId("import-apply");
        apply.addClickListener(e -> apply());
        add(new Paragraph(getTranslation("import.help")), reason, upload, progress, summary, results);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), apply);
    }

    /**
     * The browser's size check is a courtesy: the server copies the upload to a temporary file and stops at the
     * limit, whatever the browser said, so a large upload never sits in memory.
     */
    private final class LimitedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            var ui = event.getUI();
            var file = Files.createTempFile("price-list-", ".csv");
            try (var in = BoundedInputStream.builder()
                    .setInputStream(event.getInputStream())
                    .setMaxCount(PriceListService.MAX_FILE_BYTES + 1)
                    .get()) {
                if (Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING) > PriceListService.MAX_FILE_BYTES) {
                    Files.deleteIfExists(file);
                    ui.access(() -> summary.setText(
                            getTranslation("import.too-large", PriceListService.MAX_FILE_BYTES / (1024 * 1024))));
                    return;
                }
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            startDryRun(ui, file);
        }

        @Override
        public long getFileSizeMax() {
            return PriceListService.MAX_FILE_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            // The file and the form fields around it.
            return PriceListService.MAX_FILE_BYTES + 64 * 1024;
        }
    }

    /** Runs the dry run off the request thread; progress and the result arrive by push. The file goes after. */
    private void startDryRun(UI ui, Path file) {
        ui.access(() -> {
            apply.setEnabled(false);
            progress.setVisible(true);
            summary.setText(getTranslation("import.reading"));
        });
        var reasonText = reason.getValue();
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try (var in = Files.newInputStream(file)) {
                var result = priceList.dryRun(
                        developmentId,
                        in,
                        reasonText,
                        lines -> ui.access(() -> summary.setText(getTranslation("import.read-lines", lines))));
                ui.access(() -> show(result));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    summary.setText(getTranslation("import.unreadable", String.valueOf(e.getMessage())));
                });
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file the system cleans up anyway.
                }
            }
        }));
    }

    private void show(ImportDryRun result) {
        dryRun = result;
        progress.setVisible(false);
        summary.setText(DryRunResults.summary(this, result));
        results.removeAll();
        results.add(new DryRunResults(result));
        results.setVisible(true);
        apply.setEnabled(result.canApply());
    }

    private void apply() {
        if (dryRun == null) {
            return;
        }
        try {
            var result = priceList.apply(dryRun, reason.getValue());
            close();
            onApplied.accept(result);
        } catch (CatalogValidationException e) {
            summary.setText(
                    e.problems().stream().map(p -> Problems.describe(this, p)).collect(Collectors.joining(" ")));
        } catch (BatchConflictException e) {
            apply.setEnabled(false);
            summary.setText(getTranslation("import.conflict", String.join(", ", e.unitNames())));
        }
    }
}
