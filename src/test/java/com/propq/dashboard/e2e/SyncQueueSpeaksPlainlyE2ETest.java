package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.UnitState;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In real Chromium at 1400 px: a change PropQ refused with a 422 reads as a sentence on the sync queue, its field
 * errors as "field: message" and the raw answer behind "Details", and the admin's actions stay on screen.
 */
class SyncQueueSpeaksPlainlyE2ETest extends BrowserTest {

    private static final String REFUSAL = """
            {"message":"The given data was invalid.","errors":{"UntPrice":["UntPrice must be a number"]}}""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    /** A unit of this test's own development, queued and parked by PropQ's 422 (the engine is off here). */
    private long parkedBy422(String unitName) {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        var developmentId = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Plain Words " + propqId)
                .query(Long.class)
                .single();
        var unitId = jdbc.sql(
                        "insert into unit (development_id, name, status, price, directions, created_at, updated_at) "
                                + "values (:d, :n, 'AVAILABLE', 250000, '{S}', now(), now()) returning id")
                .param("d", developmentId)
                .param("n", unitName)
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(tx -> {
            outbox.queueUnit(
                    new UnitState(developmentId, propqId, unitId, unitName, 0, 1, new BigDecimal("250000"), List.of()),
                    OutboxLane.INTERACTIVE);
            jdbc.sql("update outbox set state = 'PARKED', attempts = 1, last_status = 422, last_error = :body "
                            + "where unit_id = :u")
                    .param("body", REFUSAL)
                    .param("u", unitId)
                    .update();
        });
        return jdbc.sql("select id from outbox where unit_id = :u")
                .param("u", unitId)
                .query(Long.class)
                .single();
    }

    @Test
    void aParked422ReadsAsASentenceWithItsFieldErrorsAndTheRawAnswerBehindDetails() {
        var unitName = "PW-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        var rowId = parkedBy422(unitName);
        var page = newPageAs("admin", "test-admin-password-1");
        page.navigate(url("sync-queue?unit=" + unitName));

        var answer = page.locator("#sync-answer-" + rowId);
        assertThat(answer.locator(".sync-plain-answer")).hasText("PropQ refused the price: UntPrice must be a number");
        var details = answer.locator("vaadin-details");
        assertThat(details).not().hasAttribute("opened", "");
        details.locator("vaadin-details-summary").click();
        assertThat(details).containsText("UntPrice: UntPrice must be a number");
        assertThat(details.locator("pre")).containsText("\"errors\"");
        assertThat(page.locator("#sync-retry-" + rowId)).isInViewport();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("sync-queue-plain-422")));
    }
}
