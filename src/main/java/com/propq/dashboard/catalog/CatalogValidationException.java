package com.propq.dashboard.catalog;

import java.util.List;

/** An edit broke one or more catalog rules; nothing was saved. */
public class CatalogValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public CatalogValidationException(List<FieldProblem> problems) {
        super("Invalid catalog edit: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
