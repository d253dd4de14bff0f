package com.propq.dashboard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.users.ui.LoginView;
import com.propq.dashboard.users.ui.UsersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** What each role sees in the navigation, and that a URL does not get around it. */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
class NavigationByRoleTest extends SpringBrowserlessTest {

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anAgentSeesDevelopmentsButNotUsers() {
        navigate(DevelopmentsView.class);

        assertThat(navigationLabels())
                .contains("Developments", "Units search", "Sync queue", "History")
                .doesNotContain("Users", "PropQ connection");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminSeesEveryPage() {
        navigate(DevelopmentsView.class);

        assertThat(navigationLabels())
                .containsExactly(
                        "Overview",
                        "Developments",
                        "Units search",
                        "Sync queue",
                        "History",
                        "Users",
                        "PropQ connection",
                        "Publishing");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void aReviewerCannotReachAnAdminRouteByUrl() {
        navigate("users", AccessDeniedView.class);

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        assertThat(navigationLabels()).doesNotContain("Users", "Sync queue");
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInIsSentToTheLoginPage() {
        navigate("developments", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
