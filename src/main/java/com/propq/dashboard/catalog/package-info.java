/**
 * Developments and units: the rules of an edit, single and bulk edits and their undo, the price list, holds, the
 * unit API, and the catalog's pages (which embed the history grid and publish's dialog and timeline).
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "base::ui",
            "history",
            "history::ui",
            "infra",
            "propq",
            "publish",
            "publish::ui",
            "sync",
            "sync::ui",
            "users"
        })
@NullMarked
package com.propq.dashboard.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
