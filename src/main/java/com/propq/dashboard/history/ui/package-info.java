@NullMarked
package com.propq.dashboard.history.ui;

import org.jspecify.annotations.NullMarked;
