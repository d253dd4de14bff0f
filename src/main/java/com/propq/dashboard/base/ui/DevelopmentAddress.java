package com.propq.dashboard.base.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The addresses of a development page's states. Pages of other modules link to a unit or a tab
 * through these, so the format lives in one place: {@code development/{id}/{tab}} and
 * {@code development/{id}/units?unit={code}}.
 */
public final class DevelopmentAddress {

    /** The development page's tabs, by the path segment that names each. */
    public enum Tab {
        UNITS("units"),
        HISTORY("history"),
        PLAN("plan"),
        PUBLISHING("publishing");

        private final String segment;

        Tab(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }

        public static Optional<Tab> ofSegment(String segment) {
            return Arrays.stream(values())
                    .filter(t -> t.segment.equals(segment))
                    .findFirst();
        }
    }

    /** The query parameter that names the unit open in the editor. */
    public static final String UNIT_PARAMETER = "unit";

    private DevelopmentAddress() {}

    public static String of(long developmentId, Tab tab) {
        return "development/" + developmentId + "/" + tab.segment();
    }

    public static String unit(long developmentId, String unitCode) {
        return of(developmentId, Tab.UNITS) + "?" + UNIT_PARAMETER + "="
                + URLEncoder.encode(unitCode, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
