package com.propq.dashboard.catalog;

/** Someone else saved the unit since this edit began; nothing was saved. Carries their values. */
public class UnitEditConflictException extends RuntimeException {

    private final transient UnitDetails current;

    public UnitEditConflictException(UnitDetails current) {
        super("Unit " + current.name() + " was changed by someone else (now version " + current.version() + ")");
        this.current = current;
    }

    public UnitDetails current() {
        return current;
    }
}
