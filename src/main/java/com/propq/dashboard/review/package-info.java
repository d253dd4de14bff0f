/**
 * The change history's review page: filters (including the catalog's developments), the grid, CSV export.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "catalog", "history", "history::ui"})
package com.propq.dashboard.review;

import org.springframework.modulith.ApplicationModule;
