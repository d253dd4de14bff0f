package com.propq.dashboard.propq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqConnectionService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The PropQ connection page, browserless, with the sandbox answering over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PropqConnectionViewTest extends SpringBrowserlessTest {

    @Autowired
    PropqSandbox sandbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PropqConnectionService connections;

    @BeforeEach
    void freshPortal() {
        sandbox.reset();
        jdbc.update("delete from oauth2_authorized_client");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminTestsTheConnectionAndSeesWhoPropqSaysWeAre() {
        navigate(PropqConnectionView.class);

        test(find(Button.class).withId("propq-test-connection").single()).click();

        assertThat(text("propq-test-result")).contains("PropQ sandbox client");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFailedTestShowsTheExactError() {
        sandbox.startOutage(Kind.SERVER_ERROR, Duration.ofHours(1));
        navigate(PropqConnectionView.class);

        test(find(Button.class).withId("propq-test-connection").single()).click();

        assertThat(text("propq-test-result")).contains("HTTP 503").contains("503 Service Unavailable");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aTokenThatExpiresWithinThreeDaysIsNoAlarmBecauseItIsRenewedOnSchedule() {
        // The app's client may hold a 30-day token from an earlier test: revoke it, so the next is a 2-day one.
        sandbox.expireAllTokens();
        sandbox.apply(sandbox.settings().withTokenLifetime(Duration.ofDays(2)));
        navigate(PropqConnectionView.class);

        test(find(Button.class).withId("propq-test-connection").single()).click();

        assertThat(connections.connection().token().expiresWithin(Duration.ofDays(3), Clock.systemUTC())).isTrue();
        assertThat(find(Span.class).withId("propq-token-warning").all()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminSetsTheSandboxPublishOutcomeFromThePage() {
        navigate(PropqConnectionView.class);

        test(find(TextField.class).withId("propq-sandbox-publish-outcome").single()).setValue("REJECTED");
        test(find(Button.class).withId("propq-sandbox-apply").single()).click();

        assertThat(sandbox.settings().publishOutcome()).isEqualTo("REJECTED");
    }

    @Test
    @WithMockUser(roles = "AGENT")
    void anAgentCannotOpenThePage() {
        try {
            navigate(PropqConnectionView.class);
        } catch (RuntimeException refused) {
            // Either way the page must not be shown.
        }

        assertThat(getCurrentView()).isNotInstanceOf(PropqConnectionView.class);
        assertThat(find(Button.class).withId("propq-test-connection").all()).isEmpty();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
