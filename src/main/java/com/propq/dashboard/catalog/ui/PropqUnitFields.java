package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.propq.UnitPayload;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Which unit editor field each of PropQ's unit fields is, so that a parked 422's errors show beside their field. */
final class PropqUnitFields {

    private static final Map<String, String> EDITOR_FIELDS = Map.of(
            UnitPayload.NAME,
            "name",
            UnitPayload.STATUS,
            "status",
            UnitPayload.PRICE,
            "price",
            UnitPayload.DIRECTIONS,
            "directions");

    private PropqUnitFields() {}

    /** The editor's name for a field PropQ named; null for a field PropQ named that the editor does not have. */
    static @Nullable String editorField(String propqField) {
        return EDITOR_FIELDS.get(propqField);
    }
}
