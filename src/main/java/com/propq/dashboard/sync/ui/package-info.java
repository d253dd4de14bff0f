@NullMarked
package com.propq.dashboard.sync.ui;

import org.jspecify.annotations.NullMarked;
