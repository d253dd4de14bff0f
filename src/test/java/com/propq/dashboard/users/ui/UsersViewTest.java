package com.propq.dashboard.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAdminService;
import com.propq.dashboard.users.UserFilter;
import com.propq.dashboard.users.UserSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Users page as an admin uses it: the clicks and what they see. */
@SpringBootTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsTheFirstAdmin() {
        // "admin" is created at start-up with the test password (config/application.properties).
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminCreatesAUserAndSeesTheTemporaryPasswordOnlyOnce() {
        navigate(UsersView.class);
        var username = "agent-" + UUID.randomUUID().toString().substring(0, 8);

        test(button("new-user")).click();
        var dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Ana Agent");
        test(dialog.roles).selectItem("Agent");
        test(dialog.create).click();

        var password = $(TemporaryPasswordDialog.class).single();
        var shown =
                $(Span.class, password).withId("temporary-password").single().getText();
        assertThat(shown).hasSize(16);
        test($(Button.class, password).withId("temporary-password-close").single())
                .click();
        assertThat($(TemporaryPasswordDialog.class).all()).isEmpty();
        var listed = admin.users(new UserFilter(username, null, null), 0, 10);
        assertThat(listed).singleElement().satisfies(u -> {
            assertThat(u.roles()).containsExactly(Role.AGENT);
            assertThat(u.mustChangePassword()).isTrue();
        });
    }

    @Test
    void aRefusedRequestIsExplainedAndTheDialogStaysOpen() {
        navigate(UsersView.class);

        test(button("new-user")).click();
        var dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue("admin");
        test(dialog.displayName).setValue("Another Admin");
        test(dialog.roles).selectItem("Admin");
        test(dialog.create).click();

        assertThat(dialog.username.isInvalid())
                .as("beside the field, not a pop-up")
                .isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("The username admin is already taken.");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat($(NewUserDialog.class).all()).hasSize(1);
    }

    @Test
    void disablingTheLastActiveAdminIsRefusedWithAClearMessage() {
        navigate(UsersView.class);
        // Leave "admin" the only enabled admin, whatever other tests in this context did: some make an admin of
        // their own the only enabled one, which disables "admin". One statement, as the last-admin trigger is
        // checked at commit.
        jdbc.sql("""
                        update app_user set enabled = (username = 'admin')
                        where username = 'admin' or id in (select user_id from app_user_role where role = 'ADMIN')""").update();
        test($(TextField.class).withId("users-filter-text").single()).setValue("admin");
        test(select("users-filter-role")).selectItem("Admin");
        test(select("users-filter-state")).selectItem("Active");
        assertThat(test(grid()).size()).isEqualTo(1);

        var actions = (HorizontalLayout) test(grid()).getCellComponent(0, "actions");
        var disable = actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> "disable-admin".equals(b.getId().orElse("")))
                .findFirst()
                .orElseThrow();
        test(disable).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getId()).hasValue("confirm-disable");
        test(confirm).confirm();

        assertThat(test($(Notification.class).single()).getText()).startsWith("This is the last active admin");
        assertThat(admin.users(new UserFilter("admin", Role.ADMIN, UserFilter.UserState.ACTIVE), 0, 10))
                .extracting(u -> u.username())
                .contains("admin");
    }

    @Test
    void filtersNarrowTheList() {
        var tag = "flt-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(new com.propq.dashboard.users.NewUser(tag + "-a", "Filter A", null, Set.of(Role.AGENT), "en"));
        admin.createUser(
                new com.propq.dashboard.users.NewUser(tag + "-r", "Filter R", null, Set.of(Role.REVIEWER), "en"));
        navigate(UsersView.class);

        test($(TextField.class).withId("users-filter-text").single()).setValue(tag);
        assertThat(test(grid()).size()).isEqualTo(2);
        test(select("users-filter-role")).selectItem("Reviewer");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).username()).isEqualTo(tag + "-r");
    }

    @Test
    void eachUserShowsTheirLastSignInAndTheFailedAttemptsOfThePastWeek() {
        var tag = "act-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(new com.propq.dashboard.users.NewUser(tag + "-a", "Signs In", null, Set.of(Role.AGENT), "en"));
        admin.createUser(new com.propq.dashboard.users.NewUser(tag + "-n", "Never", null, Set.of(Role.AGENT), "en"));
        long id = admin.users(new UserFilter(tag + "-a", null, null), 0, 1)
                .getFirst()
                .id();
        jdbc.sql("""
                        insert into sign_in_event (occurred_at, username, user_id, kind)
                        values (now() - interval '2 hours', :u, :id, 'SIGNED_IN'),
                               (now() - interval '1 hour', :u, :id, 'FAILED'),
                               (now() - interval '1 hour', :u, :id, 'FAILED'),
                               (now() - interval '9 days', :u, :id, 'FAILED')""").param("u", tag + "-a").param("id", id).update();
        navigate(UsersView.class);

        test($(TextField.class).withId("users-filter-text").single()).setValue(tag);
        int column = grid().getColumns().indexOf(grid().getColumnByKey("sign-ins"));
        assertThat(test(grid()).getCellText(0, column)).startsWith("Last ").endsWith(" · 2 failed attempts in 7 days");
        assertThat(test(grid()).getCellText(1, column)).isEqualTo("Never signed in");
    }

    // The view itself is a Spring proxy (its access annotation), so its parts are found by id.
    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String id) {
        return $(Select.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return $(Grid.class).withId("users-grid").single();
    }
}
