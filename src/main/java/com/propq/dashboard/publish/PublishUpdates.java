package com.propq.dashboard.publish;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the pages showing publish state that something changed: one cheap query per {@code
 * app.publish.ui-refresh-interval} for this instance, reading the database so that other instances' polls show too.
 */
@Component
public class PublishUpdates {

    private static final Logger log = LoggerFactory.getLogger(PublishUpdates.class);

    private final PublishRepository repository;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String fingerprint = "";

    PublishUpdates(PublishRepository repository) {
        this.repository = repository;
    }

    /** Calls {@code listener} after each change, on a scheduler thread (use {@code UI.access}). */
    public Registration subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Scheduled(fixedDelayString = "${app.publish.ui-refresh-interval:PT1S}")
    void refresh() {
        if (listeners.isEmpty()) {
            return;
        }
        String fresh;
        try {
            fresh = repository.fingerprint();
        } catch (RuntimeException e) {
            log.debug("Could not read the publish state", e);
            return;
        }
        if (fresh.equals(fingerprint)) {
            return;
        }
        fingerprint = fresh;
        for (var listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.debug("A publish state listener failed", e);
            }
        }
    }
}
