package com.propq.dashboard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The agent whose edit PropQ refused is told on their next page, with links to the unit and to their changes. */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
@WithMockUser(username = "agent", roles = "AGENT")
class ParkedChangeNoticeTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    private long developmentId;
    private long unitId;

    @AfterEach
    void removeTheRow() {
        jdbc.sql("delete from outbox where development_id = :id")
                .param("id", developmentId)
                .update();
    }

    /** What the flusher leaves when PropQ refuses the agent's edit (this context runs no flusher). */
    private void parkedEditOf(String owner) {
        var propqId = "RO-NOTICE-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        developmentId = jdbc.sql(
                        "insert into development (propq_id, name) values (:propqId, 'Notice Towers') " + "returning id")
                .param("propqId", propqId)
                .query(Long.class)
                .single();
        unitId = jdbc.sql("insert into unit (development_id, name, status, price) "
                        + "values (:dev, 'N-7', 'AVAILABLE', 1000) returning id")
                .param("dev", developmentId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into outbox (kind, development_id, propq_development_id, unit_id, unit_name, payload,
                                            state, attempts, last_status, last_error, changed_by)
                        values ('UNIT', :dev, :propqId, :unit, 'N-7', '{}', 'PARKED', 1, 403, 'Forbidden', :owner)""")
                .param("dev", developmentId)
                .param("propqId", propqId)
                .param("unit", unitId)
                .param("owner", owner)
                .update();
    }

    @Test
    void theNextPageTellsTheAgentOnceWithALinkToTheUnitAndToTheirChanges() {
        parkedEditOf("agent");

        navigate(DevelopmentsView.class);

        var notice = $(ParkedChangeNotice.class).single();
        assertThat($(Div.class, notice)
                        .withClassName("parked-notice-text")
                        .single()
                        .getText())
                .contains("PropQ refused your change to unit N-7 of Notice Towers");
        var unitLink =
                $(Anchor.class, notice).withClassName("parked-notice-target").single();
        assertThat(unitLink.getText()).isEqualTo("Open unit N-7");
        assertThat(unitLink.getHref()).isEqualTo("development/" + developmentId + "/units?unit=N-7");
        var queueLink =
                $(RouterLink.class, notice).withClassName("parked-notice-queue").single();
        assertThat(queueLink.getHref()).isEqualTo("sync-queue?mine=true");

        UI.getCurrent()
                .navigate(SyncQueueView.class, queueLink.getQueryParameters().orElseThrow());
        assertThat($(Checkbox.class).id("sync-filter-mine").getValue())
                .as("the queue shows my changes")
                .isTrue();
        assertThat($(ParkedChangeNotice.class).all())
                .as("the open notice, no second one")
                .containsExactly(notice);

        test($(Button.class, notice).withAriaLabel("Close notice").single()).click();
        navigate(DevelopmentsView.class);
        assertThat($(ParkedChangeNotice.class).all()).as("told once").isEmpty();
    }

    @Test
    void theUnitLinkOpensTheRefusedUnitInTheEditor() {
        parkedEditOf("agent");
        navigate(DevelopmentsView.class);
        var unitLink = $(Anchor.class).withClassName("parked-notice-target").single();

        var address = new Location(unitLink.getHref());
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());

        assertThat($(TextField.class).id("unit-name").getValue()).isEqualTo("N-7");
    }

    @Test
    void anotherUsersRefusedChangeIsNotShown() {
        parkedEditOf("agent-bob");

        navigate(DevelopmentsView.class);

        assertThat($(ParkedChangeNotice.class).all()).isEmpty();
    }
}
