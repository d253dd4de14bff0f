package com.propq.dashboard.propq;

/** Whether changes go to the real PropQ or to the built-in simulator. */
public enum PropqMode {
    SANDBOX,
    LIVE
}
