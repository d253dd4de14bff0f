/** Publish's dialog, timeline and badge, which the catalog's pages embed. */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.publish.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
