/** The history grid and the batch dialog, which the catalog's pages, the review page and the overview embed. */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.history.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
