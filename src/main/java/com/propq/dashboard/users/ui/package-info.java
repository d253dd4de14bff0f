/** The account pages the shell's menu links to. */
@NamedInterface("ui")
package com.propq.dashboard.users.ui;

import org.springframework.modulith.NamedInterface;
