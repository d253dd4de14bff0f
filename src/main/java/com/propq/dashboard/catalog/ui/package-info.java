/** The catalog's pages and the components other pages place or link to (the development pages). */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.catalog.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
