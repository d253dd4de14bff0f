@NullMarked
package com.propq.dashboard.publish.ui;

import org.jspecify.annotations.NullMarked;
