@NullMarked
package com.propq.dashboard.catalog;

import org.jspecify.annotations.NullMarked;
