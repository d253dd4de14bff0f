package com.propq.dashboard.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.history.DeliveryOutcome;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryRow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** History shows values as the grid does (issue 20, item 4): a price in euros, a status by its label... */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
class HistoryValuesTest extends SpringBrowserlessTest {

    private static final Locale UK = Locale.forLanguageTag("en-GB");
    private static final Locale SPAIN = Locale.forLanguageTag("es-ES");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private Span reader(Locale locale) {
        UI.getCurrent().setLocale(locale);
        var reader = new Span();
        UI.getCurrent().add(reader);
        return reader;
    }

    private String change(Locale locale, String field, @Nullable String old, @Nullable String now) {
        return change(locale, HistoryEntityType.UNIT, field, old, now);
    }

    private String change(
            Locale locale, HistoryEntityType type, String field, @Nullable String old, @Nullable String now) {
        var row = new HistoryRow(
                1,
                Instant.now(),
                "agent",
                HistoryKind.CATALOG_EDIT,
                type,
                1L,
                "A-1-01",
                1L,
                1L,
                2L,
                field,
                old,
                now,
                null,
                null,
                new DeliveryOutcome(DeliveryOutcome.State.PENDING, null, null, null));
        return HistoryGrid.change(reader(locale), locale, row, MADRID);
    }

    @Test
    void aPriceReadsInEurosInTheReadersLocale() {
        assertThat(change(UK, "price", "250000", "262500")).isEqualTo("€250,000 → €262,500");
        assertThat(change(SPAIN, "price", "250000", "262500.50")).isEqualTo("250.000\u00a0€ → 262.500,50\u00a0€");
    }

    @Test
    void aStatusDirectionsAndRolesReadByTheirNames() {
        assertThat(change(UK, "status", "AVAILABLE", "HOLD")).isEqualTo("Available → On hold");
        assertThat(change(SPAIN, "status", "AVAILABLE", "SOLD")).isEqualTo("Disponible → Vendida");
        assertThat(change(UK, "directions", "N,SE", "S")).isEqualTo("North, South-east → South");
        assertThat(change(SPAIN, "directions", null, "SW,W")).isEqualTo("— → Suroeste, Oeste");
        assertThat(change(SPAIN, HistoryEntityType.USER, "roles", "AGENT", "ADMIN, AGENT"))
                .isEqualTo("Agente → Administrador, Agente");
    }

    @Test
    void datesAreasPublishStatusesAndANewUnitReadAsTheGridShowsThem() {
        assertThat(change(UK, "holdUntil", null, "2026-12-31")).isEqualTo("— → 31/12/2026");
        assertThat(change(UK, "builtArea", "95", "96.5")).isEqualTo("95 m² → 96.5 m²");
        assertThat(change(UK, "created", null, "AVAILABLE 250000")).isEqualTo("— → Available · €250,000");
        assertThat(change(UK, HistoryEntityType.PUBLISH_REQUEST, "publish", "PUBLISHING", "ONLINE_SOON"))
                .isEqualTo("Publishing → ONLINE_SOON (PropQ's word)");
        assertThat(change(SPAIN, HistoryEntityType.PUBLISH_REQUEST, "publish", null, "QUEUED"))
                .isEqualTo("— → En cola");
    }

    @Test
    void aValueThatIsNotOfItsFieldsTypeIsShownAsStored() {
        assertThat(change(UK, "price", "about 250k", "262500")).isEqualTo("about 250k → €262,500");
    }

    @Test
    void aJobReadsByItsNameInTheReadersLanguage() {
        var reader = reader(SPAIN);

        assertThat(HistoryGrid.actor(reader, HistoryEntry.systemActor("publish-poller")))
                .isEqualTo("Sistema (Sondeo de publicación)");
        assertThat(HistoryGrid.actor(reader, "agent")).isEqualTo("agent");
    }
}
