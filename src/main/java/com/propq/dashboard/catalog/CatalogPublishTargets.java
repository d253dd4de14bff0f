package com.propq.dashboard.catalog;

import com.propq.dashboard.publish.PublishTargets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The catalog's answer to publish's question: through {@link CatalogService}, so its role check applies. */
@Component
class CatalogPublishTargets implements PublishTargets {

    private final CatalogService catalog;

    CatalogPublishTargets(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Target> development(long developmentId) {
        return catalog.development(developmentId).map(d -> new Target(d.propqId(), d.name()));
    }
}
