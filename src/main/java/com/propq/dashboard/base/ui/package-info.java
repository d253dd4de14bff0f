/** Helpers every page uses: formats, the viewer's time zone, subscriptions that end with the page. */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
