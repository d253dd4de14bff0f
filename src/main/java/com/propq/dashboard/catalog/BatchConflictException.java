package com.propq.dashboard.catalog;

import java.util.List;

/** Units of a batch changed since its preview or dry run; nothing was applied. */
public class BatchConflictException extends RuntimeException {

    private final List<String> unitNames;

    public BatchConflictException(List<String> unitNames) {
        super("Changed since the preview: " + unitNames);
        this.unitNames = List.copyOf(unitNames);
    }

    public List<String> unitNames() {
        return unitNames;
    }
}
