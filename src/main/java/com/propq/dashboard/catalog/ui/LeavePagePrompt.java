package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser's own "leave this page?" prompt, on while there are unsaved changes: a reload or closing the tab asks
 * before throwing them away. Navigation inside the app asks through the page's own dialog instead.
 */
final class LeavePagePrompt {

    // One listener function per browser window, so that turning it off removes the one that was added.
    private static final String SWITCH = """
            window.propqUnsavedChanges = window.propqUnsavedChanges || ((e) => { e.preventDefault(); e.returnValue = ''; });
            if ($0) { window.addEventListener('beforeunload', window.propqUnsavedChanges); }
            else { window.removeEventListener('beforeunload', window.propqUnsavedChanges); }""";

    private final Component owner;
    private boolean on;

    /** The prompt goes off when {@code owner} leaves the page. */
    LeavePagePrompt(Component owner) {
        this.owner = owner;
        owner.addDetachListener(e -> {
            if (on) {
                on = false;
                e.getUI().getPage().executeJs(SWITCH, false);
            }
        });
    }

    void set(boolean unsavedChanges) {
        if (unsavedChanges != on) {
            on = unsavedChanges;
            owner.getUI().ifPresent(ui -> ui.getPage().executeJs(SWITCH, unsavedChanges));
        }
    }
}
