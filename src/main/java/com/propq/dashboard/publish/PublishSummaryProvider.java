package com.propq.dashboard.publish;

import java.util.List;

/**
 * Where the overview gets publishing facts from. The publishing feature implements it as a bean; until then
 * {@link #NONE} stands in, and the overview shows its publishing parts as not yet available.
 */
public interface PublishSummaryProvider {

    /** No publishing feature: nothing known. */
    PublishSummaryProvider NONE = new PublishSummaryProvider() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<PublishSummary> latestPerDevelopment() {
            return List.of();
        }

        @Override
        public List<PublishSummary> recentFailures(int limit) {
            return List.of();
        }
    };

    /** False while there is no publishing feature to ask. */
    boolean available();

    /** Each development's latest publish request, newest first; developments never published are left out. */
    List<PublishSummary> latestPerDevelopment();

    /** Up to {@code limit} developments whose latest publish failed or timed out, newest first. */
    List<PublishSummary> recentFailures(int limit);

    /** Calls {@code listener} (on a scheduler thread) whenever publishing facts change; nothing by default. */
    default com.vaadin.flow.shared.Registration onChange(Runnable listener) {
        return () -> { };
    }
}
