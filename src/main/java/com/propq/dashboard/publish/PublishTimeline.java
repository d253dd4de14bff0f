package com.propq.dashboard.publish;

import java.util.List;

/** A publish request with every status step it went through, oldest first. */
public record PublishTimeline(PublishRequest request, List<PublishStatusEvent> steps) {}
