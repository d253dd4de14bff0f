@NullMarked
package com.propq.dashboard.ui;

import org.jspecify.annotations.NullMarked;
