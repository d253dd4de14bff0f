package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The addresses of a development page's states. Pages of other modules link to a unit or a tab
 * through these, so the format lives in one place: {@code development/{id}/{tab}} and
 * {@code development/{id}/units?unit={code}}. {@code development/{id}} alone is the Units tab.
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

    /** The development page's route: the development's id, then the tab (none: the Units tab). */
    public static final String ROUTE = "development/:id/:tab?";

    public static final String ID_PARAMETER = "id";
    public static final String TAB_PARAMETER = "tab";

    /** The query parameter that names the unit open in the editor. */
    public static final String UNIT_PARAMETER = "unit";

    private DevelopmentAddress() {}

    public static String of(long developmentId, Tab tab) {
        return "development/" + developmentId + "/" + tab.segment();
    }

    public static String unit(long developmentId, String unitCode) {
        return of(developmentId, Tab.UNITS, Map.of(UNIT_PARAMETER, unitCode));
    }

    /** A tab with query parameters (the unit, the unit grid's filters and sort), in the map's order. */
    public static String of(long developmentId, Tab tab, Map<String, String> query) {
        var address = of(developmentId, tab);
        return query.isEmpty()
                ? address
                : address + "?"
                        + query.entrySet().stream()
                                .map(p -> p.getKey() + "=" + encode(p.getValue()))
                                .collect(Collectors.joining("&"));
    }

    /** Spaces as %20 rather than +, and commas (list separators) left readable. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2C", ",");
    }

    /** A link to one of these addresses that the router follows in place, as a RouterLink does. */
    public static Anchor link(String address, String text) {
        var link = new Anchor(address, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
