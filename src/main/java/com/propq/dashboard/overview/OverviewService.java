package com.propq.dashboard.overview;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentAvailability;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryRow;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.propq.PropqConnectionService;
import com.propq.dashboard.propq.PropqReachability;
import com.propq.dashboard.publish.PublishSummary;
import com.propq.dashboard.publish.PublishSummaryProvider;
import com.propq.dashboard.sync.SyncSnapshot;
import com.propq.dashboard.sync.SyncStatusService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landing page's figures, each from its feature's own service and each a database aggregate: availability
 * (catalog), sync health (sync), publishing (the {@link PublishSummaryProvider} that publishing implements), the
 * latest changes (history). The PropQ token's expiry is for admins only, and checked here rather than left to the page.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class OverviewService {

    /** Holds that end within this many days need attention. */
    public static final int HOLD_WARNING_DAYS = 7;
    /** Lists on the overview show at most this many lines. */
    public static final int LIST_LIMIT = 10;

    private final CatalogService catalog;
    private final SyncStatusService sync;
    private final HistoryService history;
    private final ObjectProvider<PropqConnectionService> propq;
    private final PublishSummaryProvider publishes;
    private final Clock clock;
    private final PropqReachability reachability;

    OverviewService(
            CatalogService catalog,
            SyncStatusService sync,
            HistoryService history,
            ObjectProvider<PropqConnectionService> propq,
            PublishSummaryProvider publishes,
            Clock clock,
            PropqReachability reachability) {
        this.reachability = reachability;
        this.catalog = catalog;
        this.sync = sync;
        this.history = history;
        this.propq = propq;
        this.publishes = publishes;
        this.clock = clock;
    }

    /** No development yet: the overview says how an agency starts. */
    public boolean catalogEmpty() {
        return catalog.countDevelopments(null) == 0;
    }

    /**
     * PropQ's state in live mode (reachable and signed in, credentials refused, unreachable since); empty in
     * sandbox mode. Asks PropQ (at most once per health cache time) outside any transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public java.util.Optional<PropqReachability.Reach> propqReach() {
        return reachability.live() ? java.util.Optional.of(reachability.now()) : java.util.Optional.empty();
    }

    public List<DevelopmentAvailability> availability() {
        return catalog.availability();
    }

    public SyncSnapshot syncHealth() {
        return sync.snapshot();
    }

    /** Live refresh for the overview's publishing parts. */
    public com.vaadin.flow.shared.Registration onPublishChange(Runnable listener) {
        return publishes.onChange(listener);
    }

    /** Each development's latest publish, newest first. */
    public List<PublishSummary> latestPublishes() {
        return publishes.latestPerDevelopment();
    }

    public Attention attention() {
        var lastDay = LocalDate.now(clock).plusDays(HOLD_WARNING_DAYS);
        return new Attention(
                sync.snapshot().parked(),
                catalog.countHoldsEndingBy(lastDay),
                catalog.holdsEndingBy(lastDay, LIST_LIMIT),
                publishes.recentFailures(LIST_LIMIT),
                viewerIsAdmin() ? tokenAtRisk() : null);
    }

    public List<HistoryRow> latestChanges(int limit) {
        return history.page(HistoryFilter.ALL, 0, limit);
    }

    private @Nullable Instant tokenAtRisk() {
        var connection = propq.getObject().connection();
        return connection.tokenAtRisk() ? connection.token().expiresAt() : null;
    }

    private static boolean viewerIsAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + Roles.ADMIN)::equals);
    }
}
