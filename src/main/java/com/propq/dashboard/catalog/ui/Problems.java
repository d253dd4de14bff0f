package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.FieldProblem;
import com.vaadin.flow.component.Component;

/** Turns a rule's verdict into a sentence in the user's language, naming the unit for batch problems. */
final class Problems {

    private Problems() {
    }

    static String describe(Component translator, FieldProblem problem) {
        if ("batch.problem".equals(problem.messageKey()) && problem.parameters().size() == 2) {
            return problem.parameters().get(0) + ": " + translator.getTranslation((String) problem.parameters().get(1));
        }
        return translator.getTranslation(problem.messageKey(), problem.parameters().toArray());
    }
}
