/** The sync queue page, the outage banner and the sync formats other pages link to or show. */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.sync.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
