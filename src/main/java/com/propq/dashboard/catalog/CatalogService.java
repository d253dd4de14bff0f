package com.propq.dashboard.catalog;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.sync.SyncStatusService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog as the views see it: every read is paged and filtered in the database. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class CatalogService {

    private final CatalogQueries queries;
    private final UnitRepository units;
    private final SyncStatusService sync;
    private final OverviewQueries overview;

    CatalogService(CatalogQueries queries, UnitRepository units, SyncStatusService sync, OverviewQueries overview) {
        this.queries = queries;
        this.overview = overview;
        this.units = units;
        this.sync = sync;
    }

    /** A page of developments whose name or location contains the text (regardless of case and accents). */
    public List<DevelopmentSummary> developments(@Nullable String nameOrLocation, int offset, int limit) {
        return queries.developments(nameOrLocation, offset, limit);
    }

    public int countDevelopments(@Nullable String nameOrLocation) {
        return queries.countDevelopments(nameOrLocation);
    }

    public Optional<DevelopmentSummary> development(long id) {
        return queries.development(id);
    }

    /** A page of units (their sync badges are sync's: the pages ask it for the whole page at once). */
    public List<UnitRow> units(long developmentId, UnitFilter filter, List<UnitSort> sorts, int offset, int limit) {
        return queries.units(developmentId, filter, sorts, offset, limit);
    }

    public Optional<UnitDetails> unit(long unitId) {
        return units.findWithDevelopment(unitId).map(Unit::details);
    }

    /** A unit of the development by its name, as an address names it. */
    public Optional<UnitDetails> unitNamed(long developmentId, String name) {
        return units.findByDevelopmentIdAndName(developmentId, name).map(Unit::details);
    }

    public Optional<DevelopmentDetails> developmentDetails(long developmentId) {
        return queries.developmentDetails(developmentId, sync::everDelivered);
    }

    public int countUnits(long developmentId, UnitFilter filter) {
        return queries.countUnits(developmentId, filter);
    }

    /** A page of the units search across developments, each unit with its development. */
    public List<FoundUnit> searchUnits(UnitSearch search, List<UnitSort> sorts, int offset, int limit) {
        return queries.search(search, sorts, offset, limit);
    }

    public int countFoundUnits(UnitSearch search) {
        return queries.countSearch(search);
    }

    // --- aggregates for the overview page ---------------------------------------------------------------------

    /** Every development's units and asking prices by status. */
    public List<DevelopmentAvailability> availability() {
        return overview.availability();
    }

    /** Up to {@code limit} holds ending on or before {@code lastDay}, soonest first. */
    public List<ExpiringHold> holdsEndingBy(java.time.LocalDate lastDay, int limit) {
        return overview.holdsEndingBy(lastDay, limit);
    }

    public int countHoldsEndingBy(java.time.LocalDate lastDay) {
        return overview.countHoldsEndingBy(lastDay);
    }
}
