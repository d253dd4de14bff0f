/** The sync queue page, the outage banner and the sync formats other pages link to or show. */
@NamedInterface("ui")
package com.propq.dashboard.sync.ui;

import org.springframework.modulith.NamedInterface;
