package com.propq.dashboard.propq;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of update-by-name: the unit's whole absolute state, so sending it twice is harmless.
 *
 * @param status     PropQ's number: AVAILABLE 1, HOLD 2, SOLD 4, RESERVED 8
 * @param directions compass point names, sent as a JSON array of strings
 */
public record UnitPayload(String name, int status, BigDecimal price, List<String> directions) {

    public UnitPayload {
        directions = List.copyOf(directions);
    }

    /** The JSON object with PropQ's field names, in the documented order. */
    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("UntName", name);
        json.put("UntStatus", status);
        json.put("UntPrice", price);
        json.put("UntDirections", directions);
        return json;
    }
}
