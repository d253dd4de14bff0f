/** The account pages the shell's menu links to. */
@NamedInterface("ui")
@NullMarked
package com.propq.dashboard.users.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
