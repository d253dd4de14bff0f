package com.propq.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.catalog.CatalogService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An address of the development page that names what the page does not have is shown without those parts: one
 * notice names each, and the page moves to the address it does show, so a reload does not say it again.
 */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
@WithMockUser(username = "agent", roles = "AGENT")
class DevelopmentViewAddressTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    @Test
    void anUnknownTabUnitAndFilterAreLeftOutAndNamedInOneNotice() {
        long id = catalog.developments(null, 0, 1).getFirst().id();

        UI.getCurrent()
                .navigate(
                        "development/" + id + "/gallery",
                        QueryParameters.fromString("unit=NO-SUCH-UNIT&status=sold-twice&q=sea"));

        assertThat(getCurrentView()).isInstanceOf(DevelopmentView.class);
        var notice = $(Notification.class).single();
        assertThat(notice.hasClassName("address-dropped")).isTrue();
        assertThat(test(notice).getText())
                .startsWith("Some parts of the address could not be applied and were left out")
                .contains("gallery", "unit=NO-SUCH-UNIT", "status=sold-twice")
                .doesNotContain("q=sea");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(DevelopmentAddress.of(id, DevelopmentAddress.Tab.UNITS, Map.of("q", "sea")));
    }
}
