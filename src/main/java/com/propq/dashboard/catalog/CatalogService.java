package com.propq.dashboard.catalog;

import com.propq.dashboard.users.Roles;
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

    CatalogService(CatalogQueries queries) {
        this.queries = queries;
    }

    public List<DevelopmentSummary> developments(@Nullable String nameContains, int offset, int limit) {
        return queries.developments(nameContains, offset, limit);
    }

    public int countDevelopments(@Nullable String nameContains) {
        return queries.countDevelopments(nameContains);
    }

    public Optional<DevelopmentSummary> development(long id) {
        return queries.development(id);
    }

    public List<UnitRow> units(long developmentId, UnitFilter filter, List<UnitSort> sorts, int offset, int limit) {
        return queries.units(developmentId, filter, sorts, offset, limit);
    }

    public int countUnits(long developmentId, UnitFilter filter) {
        return queries.countUnits(developmentId, filter);
    }
}
