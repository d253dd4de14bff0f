package com.propq.dashboard.sync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the running delivery engine: the app on a random port, talking to its own sandbox over real HTTP,
 * on its own embedded PostgreSQL, with short timings so that retries and the circuit play out in seconds. Every
 * such test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.sync.enabled=true",
            "app.sync.flush-interval=200ms",
            "app.sync.concurrency=4",
            "app.sync.backoff-base=50ms",
            "app.sync.backoff-cap=500ms",
            "app.sync.circuit-failure-threshold=3",
            "app.sync.circuit-probe-interval=500ms",
            "app.sync.ui-refresh-interval=300ms",
            "app.publish.poll-initial-delay=200ms",
            "app.publish.poll-max-delay=1s",
            "app.publish.poll-interval=100ms",
            "app.publish.ui-refresh-interval=300ms",
            // Expired holds are released seconds after they expire, not up to a minute later.
            "app.catalog.hold-expiry-interval=PT2S"
        })
@Import(PublishEventsRecorder.class)
public @interface DeliveryEngineTest {}
