package com.propq.dashboard.catalog;

import java.util.UUID;

/** An applied batch: its id (to open or undo it) and how many units it changed. */
public record BatchResult(UUID batchId, int unitCount) {}
