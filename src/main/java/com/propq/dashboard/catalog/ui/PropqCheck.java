package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.propq.DevelopmentIdCheck;
import com.propq.dashboard.sync.ui.SyncFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;

/**
 * "Check at PropQ" and its answer: whether PropQ knows a development id. Advice only; it never blocks saving.
 * Other answers than 200 and 404 read as the sync queue shows PropQ's answers.
 */
final class PropqCheck extends HorizontalLayout {

    private final Span result = new Span();

    PropqCheck(DevelopmentIdCheck checker, Supplier<String> propqId) {
        var check = new Button(
                getTranslation("development.check"),
                VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> show(checker, propqId.get()));
        check.setId("propq-check");
        result.setId("propq-check-result");
        result.getElement().setAttribute("aria-live", "polite");
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        setPadding(false);
        add(check, result);
    }

    private void show(DevelopmentIdCheck checker, String propqId) {
        if (propqId == null || propqId.isBlank()) {
            result.setText(getTranslation("development.check.needs-id"));
            return;
        }
        var verdict = checker.check(propqId);
        result.setText(
                switch (verdict.kind()) {
                    case UNKNOWN -> getTranslation("development.check.unknown");
                    case KNOWN -> getTranslation("development.check.status", verdict.devStatus());
                    case OTHER ->
                        getTranslation(
                                "development.check.failed",
                                SyncFormats.status(verdict.status(), this::getTranslation)
                                        + (verdict.answer().isBlank()
                                                ? ""
                                                : " " + SyncFormats.excerpt(verdict.answer(), 140)));
                });
    }
}
