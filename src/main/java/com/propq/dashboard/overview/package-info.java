@NullMarked
package com.propq.dashboard.overview;

import org.jspecify.annotations.NullMarked;
