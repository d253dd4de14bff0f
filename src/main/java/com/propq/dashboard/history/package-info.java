/**
 * The one change history: {@link com.propq.dashboard.history.HistoryWriter}, which every feature calls inside its
 * own transaction, the reading service and the history grid other pages embed. Asks sync for delivery facts
 * through {@link com.propq.dashboard.history.UnitDeliveries}, and the catalog for a batch undo through {@link
 * com.propq.dashboard.history.BatchUndo}, so it depends on neither.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui"})
@NullMarked
package com.propq.dashboard.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
