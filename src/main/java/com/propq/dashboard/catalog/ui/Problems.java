package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.FieldProblem;
import com.vaadin.flow.component.Component;

/** Turns a rule's verdict into a sentence in the user's language, naming the unit for batch problems. */
final class Problems {

    private Problems() {}

    static String describe(Component translator, FieldProblem problem) {
        var message = translator.getTranslation(
                problem.messageKey(), problem.parameters().toArray());
        return problem.unitName() == null ? message : problem.unitName() + ": " + message;
    }

    /** A unit field's name as the editor labels it ("builtArea" reads "Built area"). */
    static String fieldLabel(Component translator, String field) {
        return translator.getTranslation(
                "unit." + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
    }
}
