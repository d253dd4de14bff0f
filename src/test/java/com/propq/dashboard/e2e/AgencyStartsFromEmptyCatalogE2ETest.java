package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.propq.dashboard.faults.PropqStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In real Chromium, a live install (its own PropQ credentials, no demo) starts from an empty catalog
 * against the PropQ stand-in over real HTTP. The admin creates a development, imports a 50-line price list that
 * creates its 50 units, edits one and publishes; PropQ ends up holding exactly those units with the typed values.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.demo.enabled=false",
            "propq.client-id=" + PropqStandIn.CLIENT_ID,
            "propq.client-secret=" + PropqStandIn.CLIENT_SECRET,
            "app.sync.enabled=true",
            "app.sync.flush-interval=200ms",
            "app.publish.poll-initial-delay=200ms",
            "app.publish.poll-max-delay=1s",
            "app.publish.poll-interval=100ms",
            "app.publish.ui-refresh-interval=300ms"
        })
class AgencyStartsFromEmptyCatalogE2ETest extends ChromiumTest {

    private static final String PROPQ_ID = "RO-DEV-7016";
    private static final PropqStandIn PROPQ = new PropqStandIn(freePort());

    @DynamicPropertySource
    static void propq(DynamicPropertyRegistry registry) {
        registry.add("propq.base-url", PROPQ::baseUrl);
    }

    @AfterAll
    static void stopPropq() {
        PROPQ.close();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What PropQ should hold per unit name: status code, price, directions. */
    private record Held(int status, BigDecimal price, List<String> directions) {}

    @Test
    void theAdminCreatesADevelopmentImportsItsFiftyUnitsEditsOneAndPublishes() {
        var expected = new HashMap<String, Held>();
        var csv = new StringBuilder("name,status,price,directions,block,floor,bedrooms,built_area,notes\n");
        var statuses = List.of("AVAILABLE", "SOLD", "RESERVED");
        var codes = Map.of("AVAILABLE", 1, "SOLD", 4, "RESERVED", 8);
        var compass = List.of("N", "E", "S SW", "W NW");
        IntStream.rangeClosed(1, 50).forEach(i -> {
            var name = "L-%02d".formatted(i);
            var status = statuses.get(i % 3);
            var price = 200_000 + i * 1_500;
            var directions = compass.get(i % 4);
            csv.append("%s,%s,%d,%s,%s,%d,%d,%d.5,\"Line %d, typed\"\n"
                    .formatted(name, status, price, directions, i <= 25 ? "A" : "B", i % 10, 1 + i % 4, 60 + i, i));
            expected.put(name, new Held(codes.get(status), BigDecimal.valueOf(price), List.of(directions.split(" "))));
        });

        var page = newPageAs("admin", "test-admin-password-1");
        page.navigate(url(""));
        assertThat(page.locator("#overview")).isVisible();
        assertThat(page.locator("#empty-catalog")).isVisible();
        assertThat(page.locator("#overview-propq-state")).hasText("Reachable and signed in");

        page.locator("#empty-new-development").click();
        page.locator("#new-development-propq-id input").fill("  " + PROPQ_ID + " ");
        page.locator("#new-development-name input").fill("Alcaidesa Links");
        page.locator("#new-development-location input").fill("San Roque");
        page.locator("#propq-check").click();
        assertThat(page.locator("#propq-check-result")).containsText("PUBLISHED");
        page.locator("#new-development-create").click();

        var subtitle = page.locator("#development-subtitle");
        assertThat(subtitle).containsText(PROPQ_ID + " · San Roque · 0 units");
        page.locator("#import-price-list").click();
        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "alcaidesa.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).containsText("50 new units, 0 units change");
        assertThat(page.locator("#import-creates-units")).containsText("cannot be undone");
        assertThat(page.locator("#import-created")).containsText("Line 1, typed");
        page.locator("#import-apply").click();
        assertThat(subtitle).containsText("50 units");

        page.locator("#units-grid")
                .getByText("L-07", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#unit-price input").fill("999000");
        page.locator("#unit-save").click();
        assertThat(page.locator("#units-grid")).containsText("999,000");
        expected.put(
                "L-07",
                new Held(
                        expected.get("L-07").status(),
                        new BigDecimal("999000"),
                        expected.get("L-07").directions()));

        page.locator("#publish-development").click();
        page.locator("#publish-confirm").click();
        page.locator("#development-tabs vaadin-tab").getByText("Publishing").click();
        assertThat(page.locator("#publish-current .publish-finished"))
                .hasText("Published", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agency-first-publish")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(held()).isEqualTo(expected));
    }

    /** What the stand-in holds of this development, as the same records. */
    private static Map<String, Held> held() {
        var held = new HashMap<String, Held>();
        PROPQ.heldUnits().forEach((key, body) -> {
            var directions = new java.util.ArrayList<String>();
            body.get("UntDirections").forEach(d -> directions.add(d.asString()));
            held.put(
                    key.substring(key.indexOf('/') + 1),
                    new Held(
                            body.get("UntStatus").asInt(),
                            body.get("UntPrice")
                                    .decimalValue()
                                    .stripTrailingZeros()
                                    .setScale(0),
                            directions));
            assertThat(key).startsWith(PROPQ_ID + "/");
        });
        return held;
    }
}
