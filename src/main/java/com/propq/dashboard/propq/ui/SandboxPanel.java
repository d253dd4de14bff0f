package com.propq.dashboard.propq.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.propq.sandbox.SandboxControls;
import com.propq.dashboard.propq.sandbox.SandboxSettings;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import com.propq.dashboard.propq.sandbox.SandboxUnit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;

/** The sandbox's fault switches and what it holds per unit, on the PropQ connection page (sandbox mode only). */
class SandboxPanel extends VerticalLayout {

    private final SandboxControls sandbox;
    private final IntegerField latency = number("propq.sandbox.latency", 0, 120_000);
    private final IntegerField failureRate = number("propq.sandbox.failure-rate", 0, 100);
    private final TextField publishOutcome = new TextField(getTranslation("propq.sandbox.publish-outcome"));
    private final IntegerField publishDelay = number("propq.sandbox.publish-delay", 0, 86_400);
    private final IntegerField tokenLifetime = number("propq.sandbox.token-lifetime", 1, 315_360_000);
    private final Select<Kind> outageKind = new Select<>();
    private final IntegerField outageSeconds = number("propq.sandbox.outage.duration", 1, 86_400);
    private final Span outageState = new Span();
    private final Span tokenRequests = new Span();
    private final Grid<SandboxUnit> units = new Grid<>(SandboxUnit.class, false);

    SandboxPanel(SandboxControls sandbox) {
        this.sandbox = sandbox;
        setPadding(false);
        setId("propq-sandbox");
        publishOutcome.setId("propq-sandbox-publish-outcome");
        var apply = new Button(getTranslation("propq.sandbox.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("propq-sandbox-apply");
        outageKind.setLabel(getTranslation("propq.sandbox.outage.kind"));
        outageKind.setItems(Kind.values());
        outageKind.setItemLabelGenerator(kind -> getTranslation("propq.sandbox.outage." + kind.name()));
        outageKind.setValue(Kind.SERVER_ERROR);
        outageSeconds.setValue(60);
        var startOutage = new Button(getTranslation("propq.sandbox.outage.start"), e -> startOutage());
        startOutage.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var endOutage = new Button(getTranslation("propq.sandbox.outage.end"), e -> {
            sandbox.endOutage();
            refresh();
        });
        var expire = new Button(getTranslation("propq.sandbox.expire-tokens"), e -> {
            sandbox.expireAllTokens();
            Notification.show(getTranslation("propq.sandbox.tokens-expired"));
        });
        expire.setId("propq-sandbox-expire-tokens");
        add(
                new H3(getTranslation("propq.sandbox.title")),
                new Paragraph(getTranslation("propq.sandbox.intro", sandbox.knownDevelopments())),
                row(latency, failureRate, publishOutcome, publishDelay, tokenLifetime, apply),
                row(outageKind, outageSeconds, startOutage, endOutage, outageState),
                row(expire, tokenRequests),
                new H3(getTranslation("propq.sandbox.units")),
                unitsGrid());
        refresh();
    }

    private void apply() {
        if (latency.isInvalid()
                || failureRate.isInvalid()
                || publishDelay.isInvalid()
                || tokenLifetime.isInvalid()
                || latency.getValue() == null
                || failureRate.getValue() == null
                || publishDelay.getValue() == null
                || tokenLifetime.getValue() == null
                || publishOutcome.getValue().isBlank()) {
            Notification.show(getTranslation("propq.sandbox.invalid"));
            return;
        }
        sandbox.apply(sandbox.settings()
                .withLatency(Duration.ofMillis(latency.getValue()))
                .withFailureRate(failureRate.getValue() / 100.0)
                .withPublishOutcome(publishOutcome.getValue())
                .withPublishDelay(Duration.ofSeconds(publishDelay.getValue()))
                .withTokenLifetime(Duration.ofSeconds(tokenLifetime.getValue())));
        Notification.show(getTranslation("propq.sandbox.applied"));
        refresh();
    }

    private void startOutage() {
        if (outageKind.getValue() == null || outageSeconds.isInvalid() || outageSeconds.getValue() == null) {
            Notification.show(getTranslation("propq.sandbox.invalid"));
            return;
        }
        sandbox.startOutage(outageKind.getValue(), Duration.ofSeconds(outageSeconds.getValue()));
        refresh();
    }

    private void refresh() {
        SandboxSettings settings = sandbox.settings();
        latency.setValue((int) settings.latency().toMillis());
        failureRate.setValue((int) Math.round(settings.failureRate() * 100));
        publishOutcome.setValue(settings.publishOutcome());
        publishDelay.setValue((int) settings.publishDelay().toSeconds());
        tokenLifetime.setValue(
                (int) Math.min(Integer.MAX_VALUE, settings.tokenLifetime().toSeconds()));
        outageState.setText(sandbox.activeOutage()
                .map(outage -> getTranslation(
                        "propq.sandbox.outage.active",
                        getTranslation("propq.sandbox.outage." + outage.kind().name()),
                        Formats.dateTimeSeconds(outage.until(), getLocale())))
                .orElse(getTranslation("propq.sandbox.outage.none")));
        tokenRequests.setText(getTranslation("propq.sandbox.token-requests", String.valueOf(sandbox.tokenRequests())));
        units.setItems(sandbox.units());
    }

    private Grid<SandboxUnit> unitsGrid() {
        units.setId("propq-sandbox-units");
        units.addColumn(SandboxUnit::developmentId).setHeader(getTranslation("propq.sandbox.unit.development"));
        units.addColumn(SandboxUnit::name).setHeader(getTranslation("unit.name"));
        units.addColumn(SandboxUnit::status).setHeader(getTranslation("unit.status"));
        units.addColumn(u -> Formats.euros(u.price(), getLocale())).setHeader(getTranslation("unit.price"));
        units.addColumn(u -> String.join(", ", u.directions())).setHeader(getTranslation("unit.directions"));
        units.addColumn(u -> Formats.dateTimeSeconds(u.updatedAt(), getLocale()))
                .setHeader(getTranslation("propq.sandbox.unit.updated"));
        units.addColumn(SandboxUnit::updates).setHeader(getTranslation("propq.sandbox.unit.updates"));
        units.setEmptyStateText(getTranslation("propq.sandbox.units.empty"));
        units.setAllRowsVisible(true);
        return units;
    }

    private IntegerField number(String key, int min, int max) {
        var field = new IntegerField(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(false);
        return field;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        var row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
