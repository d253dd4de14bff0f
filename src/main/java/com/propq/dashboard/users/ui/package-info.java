@NullMarked
package com.propq.dashboard.users.ui;

import org.jspecify.annotations.NullMarked;
