package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The viewer's time zone, as the browser reported it when the page opened; the server's otherwise. */
public final class ViewerZone {

    private ViewerZone() {}

    public static ZoneId of(UI ui) {
        var details = ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                return ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException e) {
                // An unknown zone name from an old browser: fall through to the server's zone.
            }
        }
        return ZoneId.systemDefault();
    }
}
