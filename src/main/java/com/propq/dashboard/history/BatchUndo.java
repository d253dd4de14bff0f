package com.propq.dashboard.history;

import java.util.UUID;

/**
 * Undoing a batch is the catalog's work (it knows how to restore units); the history page offers it
 * through this seam, so history does not depend on the catalog.
 */
public interface BatchUndo {

    void undo(UUID batchId);
}
