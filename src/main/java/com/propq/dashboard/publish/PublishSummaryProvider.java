package com.propq.dashboard.publish;

import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The publishing facts the overview shows, owned here so that the overview does not depend on the publishing
 * feature, which implements it.
 */
public interface PublishSummaryProvider {

    /** Each development's latest publish request, newest first; developments never published are left out. */
    List<PublishSummary> latestPerDevelopment();

    /** Up to {@code limit} developments whose latest publish failed or timed out, newest first. */
    List<PublishSummary> recentFailures(int limit);

    /** Calls {@code listener} (on a scheduler thread) whenever publishing facts change. */
    Registration onChange(Runnable listener);
}
