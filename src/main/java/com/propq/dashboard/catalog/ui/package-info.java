@NullMarked
package com.propq.dashboard.catalog.ui;

import org.jspecify.annotations.NullMarked;
