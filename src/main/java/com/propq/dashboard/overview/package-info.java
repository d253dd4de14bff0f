/**
 * The landing page's figures, read through the other modules' services.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "base::ui",
            "catalog",
            "catalog::ui",
            "history",
            "history::ui",
            "propq",
            "publish",
            "review",
            "sync",
            "sync::ui"
        })
@NullMarked
package com.propq.dashboard.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
