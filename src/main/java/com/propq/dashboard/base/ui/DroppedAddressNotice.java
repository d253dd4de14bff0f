package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/**
 * The notice every page shows when the address it was opened with named something it cannot show (a filter value it
 * does not know, a tab or a unit it does not have): each part left out, as {@code name=value}, in one warning. The
 * page then puts an address without those parts in place, so that a reload does not say it again.
 */
public final class DroppedAddressNotice {

    private DroppedAddressNotice() {}

    /** Shows the notice; nothing when nothing was left out. */
    public static void show(Component page, List<String> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        var notice = new Notification(
                page.getTranslation("address.dropped", String.join(", ", dropped)),
                8000,
                Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.addClassName("address-dropped");
        notice.open();
    }
}
