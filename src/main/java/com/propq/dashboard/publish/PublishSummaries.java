package com.propq.dashboard.publish;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The overview's publishing facts: each development's latest publish, and the ones that failed or timed out. */
@Component
@Transactional(readOnly = true)
class PublishSummaries implements PublishSummaryProvider {

    private final PublishRepository repository;
    private final PublishUpdates updates;

    PublishSummaries(PublishRepository repository, PublishUpdates updates) {
        this.repository = repository;
        this.updates = updates;
    }

    @Override
    public com.vaadin.flow.shared.Registration onChange(Runnable listener) {
        return updates.subscribe(changed -> listener.run());
    }

    @Override
    public List<PublishSummary> latestPerDevelopment() {
        return repository.latestOfEveryDevelopment().stream()
                .map(PublishSummaries::summary)
                .sorted(Comparator.comparing(
                        PublishSummary::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    @Override
    public List<PublishSummary> recentFailures(int limit) {
        return latestPerDevelopment().stream()
                .filter(PublishSummary::failed)
                .limit(limit)
                .toList();
    }

    /** PropQ's last DevStatus as it came, or the request's own state while PropQ has said nothing yet. */
    private static PublishSummary summary(PublishRequest request) {
        var failed = request.state() == PublishState.FAILED || request.state() == PublishState.TIMED_OUT;
        var status = failed || request.lastStatus() == null ? request.state().name() : request.lastStatus();
        var updated = request.finishedAt() != null ? request.finishedAt() : request.requestedAt();
        return new PublishSummary(request.developmentId(), request.developmentName(), status, updated, failed);
    }
}
