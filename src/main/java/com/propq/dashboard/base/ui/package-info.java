/** Helpers every page uses: formats, the viewer's time zone, subscriptions that end with the page. */
@NamedInterface("ui")
package com.propq.dashboard.base.ui;

import org.springframework.modulith.NamedInterface;
