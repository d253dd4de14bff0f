package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jspecify.annotations.Nullable;

/** "Discard your changes to C-1-03?": asked before the editor's unsaved changes would be thrown away. */
final class DiscardChangesDialog extends ConfirmDialog {

    /** {@code unitName} null: a new unit, not yet saved. */
    DiscardChangesDialog(@Nullable String unitName, Runnable discard, Runnable keep) {
        setHeader(
                unitName == null
                        ? getTranslation("unit.discard.new-title")
                        : getTranslation("unit.discard.title", unitName));
        setText(getTranslation("unit.discard.text"));
        setConfirmText(getTranslation("unit.discard.confirm"));
        setConfirmButtonTheme("error primary");
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        addConfirmListener(e -> discard.run());
        addCancelListener(e -> keep.run());
        setId("discard-changes");
    }
}
