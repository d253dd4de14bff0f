/**
 * The change history's review page: filters (including the catalog's developments), the grid, CSV export.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "catalog", "history", "history::ui"})
@NullMarked
package com.propq.dashboard.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
