@NullMarked
package com.propq.dashboard.overview.ui;

import org.jspecify.annotations.NullMarked;
