/**
 * Publish requests and their status history, the status poller, the Publishing page. Asks the catalog for the
 * development through {@link com.propq.dashboard.publish.PublishTargets}.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "propq", "sync"})
package com.propq.dashboard.publish;

import org.springframework.modulith.ApplicationModule;
