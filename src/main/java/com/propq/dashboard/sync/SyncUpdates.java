package com.propq.dashboard.sync;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The delivery engine's state, read from the database once per {@code app.sync.ui-refresh-interval} for this
 * instance, and passed to the pages that show it (queue, banner, badges) when it changed. Reading the database,
 * not this JVM's own deliveries, so that work done by other instances shows too.
 */
@Component
public class SyncUpdates {

    private static final Logger log = LoggerFactory.getLogger(SyncUpdates.class);

    private final OutboxRepository repository;
    private final List<Consumer<SyncSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncSnapshot current = SyncSnapshot.EMPTY;

    SyncUpdates(OutboxRepository repository) {
        this.repository = repository;
    }

    /** The latest snapshot (at most one refresh interval old). */
    public SyncSnapshot current() {
        return current;
    }

    /** Calls {@code listener} with each changed snapshot, on a scheduler thread (use {@code UI.access}). */
    public Registration subscribe(Consumer<SyncSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Scheduled(fixedDelayString = "${app.sync.ui-refresh-interval:PT1S}")
    void refresh() {
        SyncSnapshot fresh;
        try {
            fresh = repository.snapshot();
        } catch (RuntimeException e) {
            log.debug("Could not read the sync state", e);
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
                log.debug("A sync state listener failed", e);
            }
        }
    }
}
