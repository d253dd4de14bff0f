package com.propq.dashboard.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Records the publish seam's events, as the publish feature will receive them. */
@TestComponent
public class PublishEventsRecorder {

    final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void delivered(PublishDelivered event) {
        events.add(event);
    }

    @EventListener
    void parked(PublishParked event) {
        events.add(event);
    }
}
