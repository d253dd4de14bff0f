package com.propq.dashboard.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.users.DemoAccounts;
import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAdminService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The unit API over real HTTP, signed in with HTTP Basic as the app's own users: edits go through the editor's
 * save, so they are versioned, checked by the same rules and roles, in the history under the caller's name and
 * queued for PropQ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.api.enabled=true")
class UnitApiTest {

    static final DemoAccounts DEMO = DemoAccounts.DEFAULT;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService userAdmin;

    long developmentId;
    long unitId;
    String path;

    @BeforeEach
    void createUnit() {
        developmentId = jdbc.sql("insert into development (propq_id, name) values (:p, 'Api Heights') returning id")
                .param("p", "API-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        unitId = jdbc.sql("""
                        insert into unit (development_id, name, status, price, directions)
                        values (:d, 'A-1-01', 'AVAILABLE', 415000, array['SE', 'N']) returning id""").param("d", developmentId).query(Long.class).single();
        path = "/api/v1/units/" + unitId;
    }

    private ApiClient agent() {
        return new ApiClient(port).as(DEMO.agentUsername(), DEMO.agentPassword());
    }

    private long version() {
        return jdbc.sql("select version from unit where id = :id")
                .param("id", unitId)
                .query(Long.class)
                .single();
    }

    @Test
    void anAgentReadsAUnitAsJson() {
        var answer = agent().get(path);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        var unit = answer.json();
        assertThat(unit.get("id").asLong()).isEqualTo(unitId);
        assertThat(unit.get("developmentId").asLong()).isEqualTo(developmentId);
        assertThat(unit.get("name").asString()).isEqualTo("A-1-01");
        assertThat(unit.get("version").asLong()).isZero();
        assertThat(unit.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(unit.get("price").isNumber()).as("price is a JSON number").isTrue();
        assertThat(unit.get("price").decimalValue()).isEqualByComparingTo("415000");
        assertThat(unit.get("directions").valueStream().map(d -> d.asString())).containsExactly("N", "SE");
    }

    @Test
    void anUnknownUnitIs404WithAnError() {
        var answer = agent().get("/api/v1/units/987654321");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asString()).contains("987654321");
    }

    @Test
    void anAgentsPriceEditIsSavedInTheHistoryUnderTheirNameAndQueuedForPropq() {
        var answer = agent().patch(path, "{\"expectedVersion\":0,\"price\":416000}");

        assertThat(answer.status()).isEqualTo(200);
        var unit = answer.json();
        assertThat(unit.get("version").asLong()).isEqualTo(1).isEqualTo(version());
        assertThat(unit.get("price").decimalValue()).isEqualByComparingTo("416000");
        assertThat(unit.get("status").asString()).as("absent: kept").isEqualTo("AVAILABLE");
        assertThat(unit.get("directions").valueStream().map(d -> d.asString())).containsExactly("N", "SE");

        assertThat(jdbc.sql("""
                        select actor, kind, field, old_value, new_value, unit_version from change_history
                        where unit_id = :id order by id""").param("id", unitId).query().listOfRows())
                .containsExactly(Map.of(
                        "actor",
                        DEMO.agentUsername(),
                        "kind",
                        "CATALOG_EDIT",
                        "field",
                        "price",
                        "old_value",
                        "415000",
                        "new_value",
                        "416000",
                        "unit_version",
                        1L));
        var outbox = jdbc.sql(
                        "select unit_version, state, payload ->> 'UntPrice' as price from outbox where unit_id = :id")
                .param("id", unitId)
                .query()
                .singleRow();
        assertThat(outbox).containsEntry("unit_version", 1L).containsEntry("state", "PENDING");
        assertThat(new BigDecimal((String) outbox.get("price"))).isEqualByComparingTo("416000");
    }

    @Test
    void statusAndDirectionsChangeTogetherAndAnUnchangedEditKeepsTheVersion() {
        var changed = agent().patch(path, "{\"expectedVersion\":0,\"status\":\"SOLD\",\"directions\":[\"N\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).isEqualTo("SOLD");
        assertThat(changed.json().get("directions").valueStream().map(d -> d.asString()))
                .containsExactly("N");

        var unchanged = agent().patch(path, "{\"expectedVersion\":1,\"status\":\"SOLD\"}");
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).isEqualTo(1).isEqualTo(version());
    }

    @Test
    void anEditOnAStaleVersionIs409WithTheCurrentUnitAndSavesNothing() {
        assertThat(agent().patch(path, "{\"expectedVersion\":0,\"price\":420000}")
                        .status())
                .isEqualTo(200);

        var stale = agent().patch(path, "{\"expectedVersion\":0,\"status\":\"RESERVED\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asString()).isNotBlank();
        assertThat(stale.json().get("current").get("version").asLong()).isEqualTo(1);
        assertThat(stale.json().get("current").get("price").decimalValue()).isEqualByComparingTo("420000");
        assertThat(stale.json().get("current").get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void refusedValuesAre422WithTheRulesMessagesInTheCallersLanguage() {
        var negative = agent().patch(path, "{\"expectedVersion\":0,\"price\":-1,\"reason\":\"Fire sale\"}");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(problems(negative)).containsExactly(List.of("price", "The price cannot be negative."));

        var reduction = agent().patch(path, "{\"expectedVersion\":0,\"price\":400000}", "Accept-Language", "es-ES");
        assertThat(reduction.status()).isEqualTo(422);
        assertThat(problems(reduction)).containsExactly(List.of("reason", "Una bajada de precio necesita un motivo."));

        var noVersion = agent().patch(path, "{\"price\":400000,\"reason\":\"Summer offer\"}");
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(problems(noVersion)).containsExactly(List.of("expectedVersion", "Required."));
        assertThat(version()).as("nothing saved").isZero();

        var withReason = agent().patch(path, "{\"expectedVersion\":0,\"price\":400000,\"reason\":\"Summer offer\"}");
        assertThat(withReason.status()).isEqualTo(200);
        assertThat(jdbc.sql("select reason from change_history where unit_id = :id")
                        .param("id", unitId)
                        .query(String.class)
                        .single())
                .isEqualTo("Summer offer");
    }

    private static List<List<String>> problems(ApiClient.Answer answer) {
        return answer.json()
                .get("problems")
                .valueStream()
                .map(p -> List.of(p.get("field").asString(), p.get("message").asString()))
                .toList();
    }

    @Test
    void valuesThatAreNotAStatusADirectionOrANumberAre400NamingTheField() {
        for (var body : Map.of(
                        "status",
                        "{\"expectedVersion\":0,\"status\":\"GONE\"}",
                        "directions",
                        "{\"expectedVersion\":0,\"directions\":[\"UP\"]}",
                        "price",
                        "{\"expectedVersion\":0,\"price\":\"cheap\"}")
                .entrySet()) {
            var answer = agent().patch(path, body.getValue());
            assertThat(answer.status()).as(body.getValue()).isEqualTo(400);
            assertThat(answer.json().get("error").asString())
                    .as(body.getValue())
                    .contains("'" + body.getKey() + "'");
        }
        var broken = agent().patch(path, "{\"expectedVersion\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").asString()).isNotBlank();
        assertThat(version()).isZero();
    }

    @Test
    void otherPathsMethodsAndBodyTypesAreAnsweredInJsonNotByThePagesOfTheUi() {
        var unknownPath = agent().get("/api/v1/nothing");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("error").asString()).contains("/api/v1/nothing");

        var notJson = agent().patch(path, "price=1", "Content-Type", "text/plain");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.json().get("error").asString()).isNotBlank();
        assertThat(version()).isZero();
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheAnswerIs401WithTheBasicChallenge() {
        for (var client : List.of(
                new ApiClient(port),
                new ApiClient(port).as(DEMO.agentUsername(), "wrong-password"),
                new ApiClient(port).as("nobody-here", "wrong-password"))) {
            var answer = client.get(path);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"PropQ Dashboard\"");
            assertThat(answer.json().get("error").asString()).isNotBlank();
        }
        assertThat(new ApiClient(port)
                        .patch(path, "{\"expectedVersion\":0,\"price\":1}")
                        .status())
                .isEqualTo(401);
        assertThat(version()).isZero();
    }

    @Test
    void aReviewerReadsAUnitButAnEditIs403() {
        var reviewer = new ApiClient(port).as(DEMO.reviewerUsername(), DEMO.reviewerPassword());

        assertThat(reviewer.get(path).status()).isEqualTo(200);
        var edit = reviewer.patch(path, "{\"expectedVersion\":0,\"price\":416000}");

        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().get("error").asString()).isNotBlank();
        assertThat(version()).isZero();
        assertThat(jdbc.sql("select count(*) from outbox where unit_id = :id")
                        .param("id", unitId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSessionCookieSignsInTheNextRequestsWithoutThePasswordAgain() {
        var client = agent();
        int signInsBefore = signIns(DEMO.agentUsername());

        var first = client.get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Set-Cookie")).startsWith("JSESSIONID=");
        client.as(null, null);
        assertThat(client.get(path).status()).isEqualTo(200);
        var edit = client.patch(path, "{\"expectedVersion\":0,\"price\":416000}");

        assertThat(edit.status()).isEqualTo(200);
        assertThat(signIns(DEMO.agentUsername()))
                .as("one password check for three requests")
                .isEqualTo(signInsBefore + 1);
        assertThat(jdbc.sql("select actor from change_history where unit_id = :id")
                        .param("id", unitId)
                        .query(String.class)
                        .single())
                .isEqualTo(DEMO.agentUsername());
        assertThat(new ApiClient(port).get(path).status())
                .as("another client, no cookie")
                .isEqualTo(401);
    }

    private int signIns(String username) {
        return jdbc.sql("select count(*) from sign_in_event where username = :u and kind = 'SIGNED_IN'")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    @Test
    @WithMockUser(username = "api-test-admin", roles = "ADMIN")
    void anAccountThatMustChangeItsPasswordIsRefusedAndFailedSignInsLockItAsTheFormsDo() {
        var username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        var password = userAdmin
                .createUser(new NewUser(username, "Api Agent", null, Set.of(Role.AGENT), "en"))
                .password();
        assertThat(new ApiClient(port).as(username, password).get(path).status())
                .as("right password, but it must be changed first")
                .isEqualTo(403);

        for (int i = 0; i < 5; i++) {
            assertThat(new ApiClient(port)
                            .as(username, "wrong-password-" + i)
                            .get(path)
                            .status())
                    .isEqualTo(401);
        }

        assertThat(new ApiClient(port).as(username, password).get(path).status())
                .as("locked")
                .isEqualTo(401);
        assertThat(jdbc.sql("select locked_until is not null from app_user where username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedAndItsOpenSessionEnds() {
        var client = agent();
        assertThat(client.get(path).status()).isEqualTo(200);
        client.as(null, null);
        try {
            jdbc.sql("update app_user set enabled = false where username = :u")
                    .param("u", DEMO.agentUsername())
                    .update();

            assertThat(client.get(path).status()).as("open session").isEqualTo(401);
            assertThat(agent().get(path).status()).as("right password").isEqualTo(401);
        } finally {
            jdbc.sql("update app_user set enabled = true where username = :u")
                    .param("u", DEMO.agentUsername())
                    .update();
        }
    }
}
