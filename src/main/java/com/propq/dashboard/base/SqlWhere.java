package com.propq.dashboard.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause of optional conditions for the grids' filters, each condition written once beside the parameter it
 * needs: a condition whose value is absent (null, a blank text, an empty collection) is left out with its parameter,
 * so PostgreSQL plans only the conditions that filter (and can use their indexes). Conditions are ANDed.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies. */
    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that applies when {@code when} holds. */
    public SqlWhere andIf(boolean when, String condition) {
        return when ? and(condition) : this;
    }

    /** {@code condition} with {@code :parameter} bound to {@code value}, unless the value is absent. */
    public SqlWhere and(String condition, String parameter, @Nullable Object value) {
        return and(condition, parameter, value, v -> v);
    }

    /** As {@link #and(String, String, Object)}, binding {@code bind(value)} (a pattern, an enum's name, ...). */
    public <T> SqlWhere and(String condition, String parameter, @Nullable T value, Function<T, ?> bind) {
        if (value == null || absent(value)) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, bind.apply(value));
        return this;
    }

    /** The conditions, {@code true} when there are none. */
    public String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** Binds the parameters of the conditions that apply. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return parameters.isEmpty() ? statement : statement.params(parameters);
    }

    /**
     * A LIKE / ILIKE pattern for values that contain {@code text} (stripped) as it is: its {@code \ % _} escaped
     * with PostgreSQL's default escape character, the backslash (JPA's {@code like} needs it named: {@code '\\'}).
     */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean absent(@Nullable Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty();
    }
}
