package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** PropQ's unit fields are written and read in one place, the same way in Java and in the outbox's SQL. */
class UnitPayloadTest {

    private static final UnitPayload UNIT = new UnitPayload("A-1-01", 8, new BigDecimal("315000"), List.of("S", "SW"));

    @Test
    void whatIsSentReadsBackAsTheSamePayload() {
        var json = JsonMapper.shared().writeValueAsString(UNIT.toJson());

        assertThat(json)
                .isEqualTo("{\"UntName\":\"A-1-01\",\"UntStatus\":8,\"UntPrice\":315000,"
                        + "\"UntDirections\":[\"S\",\"SW\"]}");
        assertThat(UnitPayload.fromJson(json)).isEqualTo(UNIT);
    }

    @Test
    void theOutboxsStoredJsonReadsBackWhateverItsKeyOrderAndSpacing() {
        // PostgreSQL's jsonb orders keys by length and prints a space after each colon.
        var stored = "{\"UntName\": \"A-1-01\", \"UntPrice\": 315000, \"UntStatus\": 8, \"UntDirections\": []}";

        assertThat(UnitPayload.fromJson(stored))
                .isEqualTo(new UnitPayload("A-1-01", 8, new BigDecimal("315000"), List.of()));
    }

    @Test
    void theOutboxsSqlBuildsTheSameFields() {
        assertThat(UNIT.toJson())
                .containsOnlyKeys(UnitPayload.NAME, UnitPayload.STATUS, UnitPayload.PRICE, UnitPayload.DIRECTIONS);
        assertThat(UnitPayload.jsonbBuildObject(":name", ":status", ":price", ":directions"))
                .startsWith("jsonb_build_object(")
                .containsSubsequence(
                        "'UntName', :name",
                        "'UntStatus', :status",
                        "'UntPrice', :price",
                        "'UntDirections', :directions");
    }
}
