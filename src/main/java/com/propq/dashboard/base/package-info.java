/**
 * Shared pieces that belong to no feature: the role names, who is acting, the clock, spreadsheet-safe cells, optional SQL filters (`SqlWhere`);
 * {@code base.ui} holds the helpers every page uses (formats, the viewer's time zone, subscriptions that end with
 * the page). Depends on nothing of ours; every module may use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.propq.dashboard.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
