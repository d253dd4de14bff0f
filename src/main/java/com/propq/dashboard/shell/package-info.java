/**
 * The application shell above every feature: the main layout and its menu, the not-found page, the app shell,
 * translations and the user's language, the notice of a parked change. No module depends on it.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "base::ui",
            "catalog::ui",
            "infra",
            "propq",
            "sync",
            "sync::ui",
            "users",
            "users::ui"
        })
@NullMarked
package com.propq.dashboard.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
