package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A list page's filters as the query parameters of its address, so that a reload, a bookmark or a shared link
 * shows the same rows. The page reads them when it opens ({@link #open}, then one typed getter per filter); a
 * value that does not parse, or names nothing the page knows, is left out, and once the page shows
 * ({@link #announceDropped}) a {@link DroppedAddressNotice} names it and the address loses it. A filter the user
 * changes replaces the address ({@link #follow}): typing adds no entry to the browser's history.
 *
 * <p>Values are written as {@link #parameters} encodes them: enums by their lower-case name, dates as ISO
 * {@code 2026-11-29}, a flag only when set.
 */
public final class FilterAddress {

    private final Component page;
    private final Supplier<QueryParameters> current;
    private QueryParameters opened = QueryParameters.empty();
    private final List<String> dropped = new ArrayList<>();

    /**
     * @param current the page's filters now, as {@link #parameters} builds them
     */
    public FilterAddress(Component page, Supplier<QueryParameters> current) {
        this.page = page;
        this.current = current;
    }

    /** The address being opened: the getters read from it. */
    public void open(BeforeEnterEvent event) {
        opened = event.getLocation().getQueryParameters();
        dropped.clear();
    }

    public Optional<String> text(String name) {
        return raw(name).filter(v -> !v.isBlank());
    }

    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return parsed(name, value -> choiceOf(type, value));
    }

    /** An enum constant as an address writes it: lower case, {@code -} for {@code _} ({@code built-area}). */
    public static String word(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant an address names by its {@link #word}, in any letter case. */
    public static <E extends Enum<E>> Optional<E> choiceOf(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(word.replace('-', '_')))
                .findFirst();
    }

    public Optional<LocalDate> date(String name) {
        return parsed(name, value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        });
    }

    public Optional<Long> id(String name) {
        return parsed(name, value -> whole(value, Long::parseLong));
    }

    public Optional<Integer> number(String name) {
        return parsed(name, value -> whole(value, Integer::parseInt));
    }

    /** {@code true} sets it, {@code false} or nothing leaves it off. */
    public boolean flag(String name) {
        return parsed(name, value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> Optional.of(true);
                    case "false" -> Optional.of(false);
                    default -> Optional.<Boolean>empty();
                })
                .orElse(false);
    }

    /** A value that parsed but names nothing the page has (an unknown development id): left out like the others. */
    public void drop(String name) {
        raw(name).ifPresent(value -> dropped.add(name + "=" + value));
    }

    /** The values of the opened address that were left out, as {@code name=value}. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** After the page has shown: names the values left out in a notice, and takes them out of the address. */
    public void announceDropped() {
        if (dropped.isEmpty()) {
            return;
        }
        DroppedAddressNotice.show(page, dropped);
        dropped.clear();
        write();
    }

    /** The user's changes to these fields replace the address (the page's own settings of them do not). */
    public void follow(HasValue<?, ?>... fields) {
        for (var field : fields) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    write();
                }
            });
        }
    }

    /** Replaces the address with the page's current filters: no new history entry. */
    public void write() {
        var ui = UI.getCurrent();
        var path = ui.getInternals().getActiveViewLocation().getPath();
        ui.getPage().getHistory().replaceState(null, new Location(path, current.get()));
    }

    /**
     * The filters that are set, from name and value pairs: blank text, nulls and unset flags are left out.
     */
    public static QueryParameters parameters(@Nullable Object... namesAndValues) {
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            var value = encode(namesAndValues[i + 1]);
            if (value != null) {
                parameters.put(String.valueOf(namesAndValues[i]), value);
            }
        }
        return QueryParameters.simple(parameters);
    }

    private static @Nullable String encode(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text.isBlank() ? null : text.strip();
            case Boolean flag -> flag ? "true" : null;
            case Enum<?> choice -> word(choice);
            default -> value.toString();
        };
    }

    private static <N> Optional<N> whole(String value, Function<String, N> parse) {
        try {
            return Optional.of(parse.apply(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private Optional<String> raw(String name) {
        return opened.getSingleParameter(name);
    }

    private <T> Optional<T> parsed(String name, Function<String, Optional<T>> parse) {
        var value = raw(name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var result = parse.apply(value.get().strip());
        if (result.isEmpty()) {
            dropped.add(name + "=" + value.get());
        }
        return result;
    }
}
