package com.propq.dashboard.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** One titled card of the overview: a section named by its heading, its body replaced on every refresh. */
abstract class OverviewCard extends Section {

    protected final Div body = new Div();
    private Object shown = new Object();

    OverviewCard(String id, String titleKey) {
        setId(id);
        addClassName("overview-card");
        var heading = new H3(getTranslation(titleKey));
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        body.addClassName("overview-card-body");
        add(heading, body);
    }

    /** Whether {@code data} differs from what the card shows; rebuilding only then keeps the keyboard focus. */
    protected boolean changed(Object data) {
        if (data.equals(shown)) {
            return false;
        }
        shown = data;
        return true;
    }

    protected void showContent(Component... content) {
        body.removeAll();
        body.add(content);
    }
}
