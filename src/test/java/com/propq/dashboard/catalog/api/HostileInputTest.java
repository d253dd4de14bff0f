package com.propq.dashboard.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.FieldProblem;
import com.propq.dashboard.catalog.ImportDryRun;
import com.propq.dashboard.catalog.InvalidLine;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.users.DemoAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What an attacker would feed the app: each gets a clear refusal and changes nothing. Same context as
 * {@link UnitApiTest} (the unit API on), so no extra Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.api.enabled=true")
class HostileInputTest {

    static final DemoAccounts DEMO = DemoAccounts.DEFAULT;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogEditService editing;

    @Autowired
    PriceListService priceList;

    long developmentId;
    long unitId;
    String path;

    @BeforeEach
    void createUnit() {
        developmentId = jdbc.sql("insert into development (propq_id, name) values (:p, 'Hostile Towers') returning id")
                .param("p", "HOSTILE-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        unitId = jdbc.sql("""
                        insert into unit (development_id, name, status, price, directions)
                        values (:d, 'H-1', 'AVAILABLE', 415000, array['SE']) returning id""").param("d", developmentId).query(Long.class).single();
        path = "/api/v1/units/" + unitId;
    }

    private ApiClient agent() {
        return new ApiClient(port).as(DEMO.agentUsername(), DEMO.agentPassword());
    }

    /** Version, price and the number of units, history entries and outbox rows of the development. */
    private String state() {
        return jdbc.sql("""
                        select (select version || ' ' || price from unit where id = :u)
                            || ' ' || (select count(*) from unit where development_id = :d)
                            || ' ' || (select count(*) from change_history where development_id = :d)
                            || ' ' || (select count(*) from outbox where development_id = :d)""")
                .param("u", unitId)
                .param("d", developmentId)
                .query(String.class)
                .single();
    }

    private static UnitValues values(String notes) {
        return new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal("300000"),
                EnumSet.of(Direction.S),
                "A",
                1,
                2,
                null,
                notes,
                null,
                null);
    }

    @Test
    @WithMockUser(username = "agent-mallory", roles = "AGENT")
    void overLongFieldsAreRefused() {
        var before = state();

        assertThatThrownBy(() -> editing.createUnit(developmentId, "N".repeat(10_000), values(null)))
                .isInstanceOfSatisfying(
                        CatalogValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("validation.too-long"));
        assertThatThrownBy(() -> editing.createUnit(developmentId, "H-2", values("x".repeat(1_000_000))))
                .isInstanceOf(CatalogValidationException.class);
        var answer = agent().patch(
                        path, "{\"expectedVersion\":0,\"status\":\"SOLD\",\"reason\":\"" + "r".repeat(100_000) + "\"}");
        assertThat(answer.status()).isEqualTo(422);

        assertThat(state()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agent-mallory", roles = "AGENT")
    void controlCharactersAndRightToLeftMarksInNamesAreRefused() {
        var before = state();

        for (var name : new String[] {"H-\u202E2-H", "H-\u00002", "H-3\u0007", "\u200FH-4", "H-\u20665"}) {
            assertThatThrownBy(() -> editing.createUnit(developmentId, name, values(null)))
                    .as(name)
                    .isInstanceOfSatisfying(
                            CatalogValidationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::messageKey)
                                    .containsExactly("validation.invisible-characters"));
        }

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void negativeAndHugePricesAreRefused() {
        var before = state();

        assertThat(agent().patch(path, "{\"expectedVersion\":0,\"price\":-415000,\"reason\":\"x\"}")
                        .status())
                .isEqualTo(422);
        assertThat(agent().patch(path, "{\"expectedVersion\":0,\"price\":1e400}")
                        .status())
                .isEqualTo(422);
        assertThat(agent().patch(path, "{\"expectedVersion\":0,\"price\":" + "9".repeat(5_000) + "}")
                        .status())
                .isBetween(400, 422);

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void tenThousandDirectionsAreRefused() {
        var before = state();
        var directions = String.join(",", Collections.nCopies(10_000, "\"N\""));

        var answer = agent().patch(path, "{\"expectedVersion\":0,\"directions\":[" + directions + "]}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("directions");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theUnitApiRefusesAWrongContentTypeAWrongVersionTypeAndUnknownFields() {
        var before = state();

        assertThat(agent().patch(path, "{\"expectedVersion\":0,\"price\":1}", "Content-Type", "text/plain")
                        .status())
                .isEqualTo(415);
        var wrongType = agent().patch(path, "{\"expectedVersion\":\"latest\",\"price\":416000}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("error").asString()).contains("expectedVersion");
        var unknown = agent().patch(path, "{\"expectedVersion\":0,\"price\":416000,\"owner\":\"mallory\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("owner");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agent-mallory", roles = "AGENT")
    void aHundredMegabyteUploadIsRefusedAfterTheLimitWithoutReadingTheRest() {
        var before = state();
        var upload = new EndlessCsv(100L * 1024 * 1024);

        var dryRun = priceList.dryRun(developmentId, upload, "", null);

        assertThat(dryRun.invalid()).last().extracting(InvalidLine::messageKey).isEqualTo("import.too-large");
        assertThat(upload.served).isLessThanOrEqualTo(PriceListService.MAX_FILE_BYTES + 1024 * 1024);
        assertThat(dryRun.canApply()).isFalse();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agent-mallory", roles = "AGENT")
    void aCsvWithAMillionColumnsIsRefused() {
        var before = state();
        var header = IntStream.range(0, 1_000_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));

        ImportDryRun dryRun = priceList.dryRun(
                developmentId,
                new ByteArrayInputStream((header + "\nH-1\n").getBytes(StandardCharsets.UTF_8)),
                "",
                null);

        assertThat(dryRun.invalid()).extracting(InvalidLine::messageKey).containsExactly("import.line-too-long");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "agent-mallory", roles = "AGENT")
    void aFileThatIsNotUtf8IsRefusedNotReadWithReplacementCharacters() {
        var before = state();
        var latin1 =
                "name,status,price,directions,block,floor,bedrooms,built_area,notes\nH-1,AVAILABLE,415000,SE,,,,,Señal\n"
                        .getBytes(StandardCharsets.ISO_8859_1);

        var dryRun = priceList.dryRun(developmentId, new ByteArrayInputStream(latin1), "", null);

        assertThat(dryRun.invalid()).extracting(InvalidLine::messageKey).containsExactly("import.not-utf8");
        assertThat(state()).isEqualTo(before);
    }

    /** A price list of this many bytes, made up as it is read (long lines), counting what it served. */
    private static final class EndlessCsv extends InputStream {
        private static final byte[] HEADER = "name,status,price,directions,block,floor,bedrooms,built_area,notes\n"
                .getBytes(StandardCharsets.US_ASCII);
        private static final byte[] LINE =
                ("H-1,AVAILABLE,415000,SE,,,,," + "x".repeat(60_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        private final long size;
        long served;

        EndlessCsv(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long at = served++;
            return at < HEADER.length ? HEADER[(int) at] : LINE[(int) ((at - HEADER.length) % LINE.length)];
        }
    }
}
