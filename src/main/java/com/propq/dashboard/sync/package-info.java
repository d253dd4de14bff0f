/**
 * The outbox: writing a unit's PropQ state in the editor's transaction, claiming, delivering, retry or park, the
 * circuit, the delivery log, the sync queue page.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "propq"})
@NullMarked
package com.propq.dashboard.sync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
