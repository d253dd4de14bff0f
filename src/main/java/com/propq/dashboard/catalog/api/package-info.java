@NullMarked
package com.propq.dashboard.catalog.api;

import org.jspecify.annotations.NullMarked;
