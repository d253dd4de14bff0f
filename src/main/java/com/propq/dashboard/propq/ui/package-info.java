@NullMarked
package com.propq.dashboard.propq.ui;

import org.jspecify.annotations.NullMarked;
