package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A plain sentence about an answer first, the answer as it came behind a closed "Details" disclosure: for people
 * who look into it, not in the way of those who only need to know what happened.
 */
public final class AnswerDetails extends Details {

    /**
     * @param lines read-out lines (a 422's "field: message"), listed above the raw answer
     * @param raw   the answer as received; empty shows none
     */
    public AnswerDetails(List<String> lines, String raw) {
        setSummaryText(getTranslation("propq.plain.details"));
        addClassName("answer-details");
        if (!lines.isEmpty()) {
            var list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            add(list);
        }
        if (!raw.isBlank()) {
            var label = new Span(getTranslation("propq.plain.raw"));
            label.addClassName("answer-details-label");
            add(label, new Pre(raw));
        }
    }
}
