package com.propq.dashboard.propq;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of update-by-name: the unit's whole absolute state, so sending it twice is harmless. The one place that
 * knows PropQ's unit fields (docs/propq-api-1.7.0.txt): the JSON we send, the JSON the outbox keeps (built by
 * PostgreSQL from {@link #jsonbBuildObject}, read back by {@link #fromJson}), and the names a 422 uses.
 *
 * @param status     PropQ's number: AVAILABLE 1, HOLD 2, SOLD 4, RESERVED 8
 * @param directions compass point names, sent as a JSON array of strings
 */
public record UnitPayload(String name, int status, BigDecimal price, List<String> directions) {

    /** update-by-name's field names, as PropQ's 422 field errors name them too. */
    public static final String NAME = "UntName";

    public static final String STATUS = "UntStatus";
    public static final String PRICE = "UntPrice";
    public static final String DIRECTIONS = "UntDirections";

    public UnitPayload {
        directions = List.copyOf(directions);
    }

    /**
     * The same JSON object as {@link #toJson}, built in SQL from an expression per field (a text, an integer, a
     * numeric and a JSON array of strings), so that queuing thousands of units stays one batched statement.
     */
    public static String jsonbBuildObject(String name, String status, String price, String directions) {
        return "jsonb_build_object('" + NAME + "', " + name + ", '" + STATUS + "', " + status + ",\n    '" + PRICE
                + "', " + price + ", '" + DIRECTIONS + "', " + directions + ")";
    }

    /** A payload stored as {@link #toJson} or {@link #jsonbBuildObject} writes it. */
    public static UnitPayload fromJson(String json) {
        JsonNode node = JsonMapper.shared().readTree(json);
        var directions = new ArrayList<String>();
        node.get(DIRECTIONS).values().forEach(d -> directions.add(d.asString()));
        return new UnitPayload(
                node.get(NAME).asString(),
                node.get(STATUS).asInt(),
                node.get(PRICE).decimalValue(),
                directions);
    }

    /** The JSON object with PropQ's field names, in the documented order. */
    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put(NAME, name);
        json.put(STATUS, status);
        json.put(PRICE, price);
        json.put(DIRECTIONS, directions);
        return json;
    }
}
