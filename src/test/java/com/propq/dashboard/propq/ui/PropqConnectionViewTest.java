package com.propq.dashboard.propq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.propq.PropqConnectionService;
import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    @Autowired
    PropqCredentials credentials;

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

        assertThat(connections.connection().token().expiresWithin(Duration.ofDays(3), Clock.systemUTC()))
                .isTrue();
        assertThat(find(Span.class).withId("propq-token-warning").all()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminSetsTheSandboxPublishOutcomeFromThePage() {
        navigate(PropqConnectionView.class);

        test(find(TextField.class).withId("propq-sandbox-publish-outcome").single())
                .setValue("REJECTED");
        test(find(Button.class).withId("propq-sandbox-apply").single()).click();

        assertThat(sandbox.settings().publishOutcome()).isEqualTo("REJECTED");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void credentialsPropqRefusedShowOnThePageUntilPropqAcceptsACallAgain() {
        // What the delivery engine reports: a 401 even with a fresh token, a second one later, then an accepted call.
        var first = Instant.parse("2026-03-02T09:15:00Z");
        credentials.refused(first);
        credentials.refused(first.plus(Duration.ofHours(1)));
        navigate(PropqConnectionView.class);

        assertThat(find(Span.class)
                        .withId("propq-credentials-refused")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("refused our credentials since "
                        + Formats.dateTimeSeconds(first, UI.getCurrent().getLocale()));

        credentials.accepted();
        navigate(PropqConnectionView.class);

        assertThat(find(Span.class).withId("propq-credentials-refused").all()).isEmpty();
        assertThat(credentials.refusedSince()).isNull();
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
