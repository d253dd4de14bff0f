package com.propq.dashboard.sync;

import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.propq.PropqProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's flusher and what sets it going: the poll, the after-commit nudge of a fresh change, and the
 * application being ready (in sandbox mode PropQ is this app's own web server, reachable only from then on).
 * Off with {@code app.sync.enabled=false}: the outbox then just fills, for another instance to send.
 */
@Component
class DeliveryEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final DeliveryProperties settings;
    private final OutboxFlusher flusher;
    private volatile boolean ready;

    DeliveryEngine(
            DeliveryProperties settings,
            OutboxRepository repository,
            TransactionTemplate transactions,
            PropqClient client,
            PropqCredentials credentials,
            PropqProperties propq,
            DeliveryMetrics metrics,
            ApplicationEventPublisher events,
            Clock clock) {
        this.settings = settings;
        this.flusher = new OutboxFlusher(
                "outbox",
                repository,
                transactions,
                client,
                credentials,
                settings,
                // The longest a call can take, token request aside: what a row claimed ahead must have left of its
                // lease when it is sent.
                propq.connectTimeout().plus(propq.readTimeout()),
                metrics,
                events,
                clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready = settings.enabled();
        if (ready) {
            log.info(
                    "Delivery engine on: up to {} PropQ calls in flight, polling every {}",
                    settings.concurrency(),
                    settings.flushInterval());
            flusher.nudge();
        } else {
            log.info("Delivery engine off (app.sync.enabled=false): changes stay queued in the outbox");
        }
    }

    @Scheduled(fixedDelayString = "${app.sync.flush-interval:PT1S}")
    void poll() {
        nudge();
    }

    /** A change was committed: send it now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onOutboxChanged(OutboxChanged event) {
        if (ready) {
            flusher.changed();
        }
    }

    private void nudge() {
        if (ready) {
            flusher.nudge();
        }
    }

    @Override
    public void close() {
        ready = false;
        flusher.close();
    }
}
