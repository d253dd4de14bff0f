package com.propq.dashboard.base;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fact read from the database on a schedule and passed to the pages that show it when it changed: reading the
 * database, not this JVM's own work, so that what other instances did shows too. The owner calls {@link #poll()}
 * from its {@code @Scheduled} method; listeners are called on that scheduler thread (use {@code UI.access}).
 */
public class ChangeFeed<T> {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final String what;
    private final Supplier<T> read;
    private final boolean onlyWhileWatched;
    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T current;

    /**
     * @param what             what is read, for the log
     * @param initial          the value before the first read
     * @param onlyWhileWatched true to skip the query while nobody listens (nothing else reads {@link #current()})
     */
    protected ChangeFeed(String what, T initial, Supplier<T> read, boolean onlyWhileWatched) {
        this.what = what;
        this.current = initial;
        this.read = read;
        this.onlyWhileWatched = onlyWhileWatched;
    }

    /** The latest value (at most one refresh interval old). */
    public T current() {
        return current;
    }

    /** Calls {@code listener} with each changed value, on a scheduler thread. */
    public Registration subscribe(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Reads the value and, if it changed, tells every listener; a failed read or listener only logs. */
    protected void poll() {
        if (onlyWhileWatched && listeners.isEmpty()) {
            return;
        }
        T fresh;
        try {
            fresh = read.get();
        } catch (RuntimeException e) {
            log.debug("Could not read the {}", what, e);
            return;
        }
        if (fresh.equals(current)) {
            return;
        }
        current = fresh;
        for (var listener : listeners) {
            try {
                listener.accept(fresh);
            } catch (RuntimeException e) {
                log.debug("A {} listener failed", what, e);
            }
        }
    }
}
