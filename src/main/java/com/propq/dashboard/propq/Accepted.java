package com.propq.dashboard.propq;

/** PropQ accepted an update or a publish request; its JSON answer is kept for the delivery log. */
public record Accepted(String body) {
}
