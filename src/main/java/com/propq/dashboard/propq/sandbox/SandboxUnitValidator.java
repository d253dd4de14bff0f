package com.propq.dashboard.propq.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The rules of update-by-name as the document states them: UntName a required string, UntStatus a required number
 * among 1/2/4/8, UntPrice a required non-negative number, UntDirections a required array (of strings; the sample
 * sends an empty one, so empty is allowed). Answers PropQ-style field errors, or the values.
 */
final class SandboxUnitValidator {

    private static final Set<Integer> STATUSES = Set.of(1, 2, 4, 8);

    record ValidUnit(String name, int status, BigDecimal price, List<String> directions) {}

    /** {@code unit} is null exactly when there are {@code errors}. */
    record Result(@Nullable ValidUnit unit, Map<String, List<String>> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private SandboxUnitValidator() {}

    static Result validate(JsonNode body) {
        var errors = new LinkedHashMap<String, List<String>>();
        var name = field(body, "UntName");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            errors.put("UntName", List.of("The UntName field is required and must be a string."));
        }
        var status = field(body, "UntStatus");
        if (status == null || !status.isNumber()) {
            errors.put("UntStatus", List.of("The UntStatus field is required and must be a number."));
        } else if (!status.canConvertToExactIntegral()
                || !STATUSES.contains(status.decimalValue().intValue())) {
            errors.put("UntStatus", List.of("The selected UntStatus is invalid (1, 2, 4 or 8)."));
        }
        var price = field(body, "UntPrice");
        if (price == null || !price.isNumber()) {
            errors.put("UntPrice", List.of("The UntPrice field is required and must be a number."));
        } else if (price.decimalValue().signum() < 0) {
            errors.put("UntPrice", List.of("The UntPrice must be at least 0."));
        }
        var directions = field(body, "UntDirections");
        var directionNames = new ArrayList<String>();
        if (directions == null || !directions.isArray()) {
            errors.put("UntDirections", List.of("The UntDirections field is required and must be an array."));
        } else {
            for (var direction : directions.values()) {
                if (!direction.isString()) {
                    errors.put("UntDirections", List.of("Every UntDirections item must be a string."));
                    break;
                }
                directionNames.add(direction.asString());
            }
        }
        if (!errors.isEmpty() || name == null || status == null || price == null) {
            return new Result(null, errors);
        }
        return new Result(
                new ValidUnit(name.asString(), status.decimalValue().intValue(), price.decimalValue(), directionNames),
                Map.of());
    }

    private static @Nullable JsonNode field(JsonNode body, String name) {
        if (body == null || !body.isObject()) {
            return null;
        }
        var value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
