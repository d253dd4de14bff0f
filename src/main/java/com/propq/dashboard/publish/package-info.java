/**
 * Publish requests and their status history, the status poller, the Publishing page. Asks the catalog for the
 * development through {@link com.propq.dashboard.publish.PublishTargets}.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "propq", "sync"})
@NullMarked
package com.propq.dashboard.publish;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
