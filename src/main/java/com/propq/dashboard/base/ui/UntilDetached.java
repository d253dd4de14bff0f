package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.shared.Registration;

/** Ties a push subscription made on attach to the component's life: removed when it detaches. */
public final class UntilDetached {

    private UntilDetached() {}

    public static void keep(AttachEvent attach, Registration subscription) {
        attach.getSource().addDetachListener(detach -> {
            subscription.remove();
            detach.unregisterListener();
        });
    }
}
