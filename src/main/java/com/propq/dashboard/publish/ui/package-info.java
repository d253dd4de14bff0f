/** Publish's dialog, timeline and badge, which the catalog's pages embed. */
@NamedInterface("ui")
package com.propq.dashboard.publish.ui;

import org.springframework.modulith.NamedInterface;
