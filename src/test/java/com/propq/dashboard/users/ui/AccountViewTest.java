package com.propq.dashboard.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserAdminService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
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

/** Every user's own account page: name, language and password; each change in the history, the language not. */
@SpringBootTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    UserAccountService own;

    @Autowired
    JdbcClient jdbc;

    String username;
    String password;

    @BeforeEach
    void aReviewerWithTheirOwnPasswordIsSignedIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        var temporary = admin.createUser(new NewUser(
                "rev-" + UUID.randomUUID().toString().substring(0, 8),
                "Rita Reviewer",
                null,
                Set.of(Role.REVIEWER),
                "en"));
        username = temporary.username();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_REVIEWER")));
        password = "rita's own password";
        own.changeOwnPassword(temporary.password(), password);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private java.util.List<String> history(String field) {
        return jdbc.sql("""
                        select coalesce(old_value, '∅') || ' -> ' || coalesce(new_value, '∅') from change_history
                        where entity_type = 'USER' and entity_label = :u and field = :f and actor = :u order by id""")
                .param("u", username)
                .param("f", field)
                .query(String.class)
                .list();
    }

    @Test
    void aUserRenamesThemselvesAndTheChangeIsRecorded() {
        navigate(AccountView.class);

        test($(TextField.class).withId("account-display-name").single()).setValue("Rita R.");
        test($(Button.class).withId("account-save").single()).click();

        assertThat(own.currentUser().orElseThrow().displayName()).isEqualTo("Rita R.");
        assertThat(history("display_name")).containsExactly("Rita Reviewer -> Rita R.");
    }

    @Test
    void aUserChoosesTheirLanguageAsAPreferenceThatWritesNoHistory() {
        navigate(AccountView.class);

        test(language()).selectItem("Español");
        test($(Button.class).withId("account-save").single()).click();

        assertThat(own.currentUser().orElseThrow().locale().getLanguage()).isEqualTo("es");
        assertThat(history("language")).isEmpty();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        navigate(AccountView.class);

        test(form().current).setValue("not my password");
        test(form().newPassword).setValue("another good password");
        test(form().confirm).setValue("another good password");
        test(form().submit).click();

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("The current password is not correct.");
        assertThat(history("password")).containsExactly("∅ -> changed");
    }

    @Test
    void aUserChangesTheirPassword() {
        navigate(AccountView.class);

        test(form().current).setValue(password);
        test(form().newPassword).setValue("another good password");
        test(form().confirm).setValue("another good password");
        test(form().submit).click();

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("Your password is changed.");
        assertThat(history("password")).containsExactly("∅ -> changed", "∅ -> changed");
    }

    // The view itself is a Spring proxy (its access annotation), so its parts are found by type and id.
    private PasswordChangeForm form() {
        return $(PasswordChangeForm.class).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> language() {
        return $(Select.class).withId("account-language").single();
    }
}
