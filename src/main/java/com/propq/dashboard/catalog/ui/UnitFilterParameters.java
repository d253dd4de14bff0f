package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitSort;
import com.propq.dashboard.catalog.UnitStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The unit grid's filters and sort as query parameters, so that an address restores them:
 * {@code q=sea&status=available,hold&price=200000-500000&direction=s,sw&bedrooms=2-3&area=80-&sort=price,-name}. Lists are comma separated
 * and lower case, a range is {@code from-to} with either end left open, and {@code -} before a sort column sorts it
 * descending. A value that cannot be read is dropped and named, never guessed at.
 */
final class UnitFilterParameters {

    static final String NAME = "q";
    static final String STATUS = "status";
    static final String PRICE = "price";
    static final String DIRECTION = "direction";
    static final String BEDROOMS = "bedrooms";
    static final String AREA = "area";
    static final String SORT = "sort";

    /** The filter and sort an address names, and each {@code name=value} of it that was dropped. */
    record Read(UnitFilter filter, List<UnitSort> sorts, List<String> dropped) {}

    /** A range of a filter; a null end is open. */
    record Range(@Nullable BigDecimal from, @Nullable BigDecimal to) {}

    private UnitFilterParameters() {}

    /** The parameters of a filter and sort, in a fixed order; a filter that restricts nothing has none. */
    static Map<String, String> write(UnitFilter filter, List<UnitSort> sorts) {
        var parameters = new LinkedHashMap<String, String>();
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            parameters.put(NAME, filter.nameContains().strip());
        }
        putList(parameters, STATUS, filter.statuses());
        writeRange(new Range(filter.minPrice(), filter.maxPrice())).ifPresent(range -> parameters.put(PRICE, range));
        putList(parameters, DIRECTION, filter.anyDirection());
        writeRange(new Range(bigDecimal(filter.minBedrooms()), bigDecimal(filter.maxBedrooms())))
                .ifPresent(range -> parameters.put(BEDROOMS, range));
        writeRange(new Range(filter.minBuiltArea(), filter.maxBuiltArea()))
                .ifPresent(range -> parameters.put(AREA, range));
        if (!sorts.isEmpty()) {
            parameters.put(
                    SORT,
                    sorts.stream()
                            .map(s -> (s.descending() ? "-" : "") + FilterAddress.word(s.column()))
                            .collect(Collectors.joining(",")));
        }
        return parameters;
    }

    /** Reads what it can; each parameter value it cannot read is left out and named in {@link Read#dropped()}. */
    static Read read(Map<String, List<String>> parameters) {
        var dropped = new ArrayList<String>();
        var name = single(parameters, NAME).filter(q -> !q.isBlank()).orElse(null);
        var statuses = readList(parameters, STATUS, UnitStatus.class, dropped);
        var directions = readList(parameters, DIRECTION, Direction.class, dropped);
        var price = readRange(parameters, PRICE, dropped);
        var bedrooms = readRange(parameters, BEDROOMS, dropped);
        if (!whole(bedrooms.from()) || !whole(bedrooms.to())) {
            dropped.add(BEDROOMS + "=" + single(parameters, BEDROOMS).orElse(""));
            bedrooms = new Range(null, null);
        }
        var area = readRange(parameters, AREA, dropped);
        var sorts = new ArrayList<UnitSort>();
        for (var term : terms(parameters, SORT)) {
            boolean descending = term.startsWith("-");
            var column = FilterAddress.choiceOf(UnitSort.Column.class, descending ? term.substring(1) : term);
            if (column.isPresent() && sorts.stream().noneMatch(s -> s.column() == column.get())) {
                sorts.add(new UnitSort(column.get(), descending));
            } else {
                dropped.add(SORT + "=" + term);
            }
        }
        return new Read(
                new UnitFilter(
                        name,
                        statuses,
                        price.from(),
                        price.to(),
                        directions,
                        integer(bedrooms.from()),
                        integer(bedrooms.to()),
                        area.from(),
                        area.to()),
                List.copyOf(sorts),
                List.copyOf(dropped));
    }

    /** {@code from-to}, {@code from-} or {@code -to}; nothing when both ends are open. */
    static Optional<String> writeRange(Range range) {
        if (range.from() == null && range.to() == null) {
            return Optional.empty();
        }
        return Optional.of(plain(range.from()) + "-" + plain(range.to()));
    }

    /**
     * A range parameter; open at both ends when absent or when it is not a range of non-negative numbers with its
     * lower end first (then it is dropped).
     */
    static Range readRange(Map<String, List<String>> parameters, String name, List<String> dropped) {
        var value = single(parameters, name);
        if (value.isEmpty()) {
            return new Range(null, null);
        }
        var range = range(value.get());
        if (range.isEmpty()) {
            dropped.add(name + "=" + value.get());
        }
        return range.orElseGet(() -> new Range(null, null));
    }

    private static Optional<Range> range(String value) {
        int dash = value.indexOf('-');
        if (dash < 0 || value.indexOf('-', dash + 1) >= 0) {
            return Optional.empty();
        }
        try {
            var from = number(value.substring(0, dash));
            var to = number(value.substring(dash + 1));
            if ((from == null && to == null) || (from != null && to != null && from.compareTo(to) > 0)) {
                return Optional.empty();
            }
            return Optional.of(new Range(from, to));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static @Nullable BigDecimal bigDecimal(@Nullable Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** A count of bedrooms is a whole number that fits an int; an open end is whole too. */
    private static boolean whole(@Nullable BigDecimal value) {
        if (value == null) {
            return true;
        }
        try {
            value.intValueExact();
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    private static @Nullable Integer integer(@Nullable BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }

    private static @Nullable BigDecimal number(String text) {
        return text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static <E extends Enum<E>> void putList(Map<String, String> parameters, String name, Set<E> values) {
        if (!values.isEmpty()) {
            parameters.put(
                    name,
                    EnumSet.copyOf(values).stream().map(FilterAddress::word).collect(Collectors.joining(",")));
        }
    }

    private static <E extends Enum<E>> Set<E> readList(
            Map<String, List<String>> parameters, String name, Class<E> type, List<String> dropped) {
        var values = EnumSet.noneOf(type);
        for (var term : terms(parameters, name)) {
            FilterAddress.choiceOf(type, term).ifPresentOrElse(values::add, () -> dropped.add(name + "=" + term));
        }
        return values;
    }

    /** The comma-separated terms of a parameter, given once or repeated. */
    private static List<String> terms(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(term -> !term.isEmpty())
                .toList();
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }
}
