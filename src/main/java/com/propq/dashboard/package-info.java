@NullMarked
package com.propq.dashboard;

import org.jspecify.annotations.NullMarked;
