package com.propq.dashboard.publish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.catalog.ui.DevelopmentView;
import com.propq.dashboard.publish.PublishFilter;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.PublishState;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The development page's Publish action as agents and reviewers meet it (delivery engine off in this context, so a
 * request stays QUEUED): the confirmation, the queued request on the Publishing page, the refusal of a second one.
 */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
class PublishActionViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishService publishing;

    private long development() {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        return jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "View Test " + propqId)
                .query(Long.class)
                .single();
    }

    // @WithMockUser, not a context set and cleared by hand: Spring clears it only after the browserless teardown,
    // which may still run the page's queued live updates, and those call role-checked services.
    @Test
    @WithMockUser(username = "agent-ana", roles = "AGENT")
    void anAgentConfirmsAPublishAndASecondOneIsRefusedWithAClearMessage() {
        var development = development();
        navigate(DevelopmentAddress.of(development, DevelopmentAddress.Tab.UNITS), DevelopmentView.class);

        test($(Button.class).withId("publish-development").single()).click();
        assertThat($(Paragraph.class).withId("publish-waiting").single().getText())
                .isEqualTo("PropQ has every change of this development. It will be published at once.");
        test($(Button.class).withId("publish-confirm").single()).click();

        var requests =
                publishing.requests(new PublishFilter(null, "agent-ana", PublishState.QUEUED, null, null), 0, 50);
        assertThat(requests).anySatisfy(r -> assertThat(r.developmentId()).isEqualTo(development));

        test($(Button.class).withId("publish-development").single()).click();
        test($(Button.class).withId("publish-confirm").single()).click();
        assertThat($(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .isEqualTo(
                                "This development is already being published. Wait until that publish has finished."));
    }

    @Test
    @WithMockUser(username = "reviewer-rita", roles = "REVIEWER")
    void aReviewerSeesThePublishingTabButNoPublishButton() {
        navigate(DevelopmentAddress.of(development(), DevelopmentAddress.Tab.UNITS), DevelopmentView.class);

        assertThat($(Button.class).withId("publish-development").all()).isEmpty(); // finds visible buttons only
        assertThat($(com.vaadin.flow.component.tabs.Tab.class).all())
                .extracting(com.vaadin.flow.component.tabs.Tab::getLabel)
                .contains("Publishing");
    }
}
