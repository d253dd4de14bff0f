package com.propq.dashboard.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.users.AccountAuthorities;
import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.TemporaryPassword;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserAdminService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A user with a temporary password is held on the password change until they choose their own. */
@SpringBootTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    UserAccountService own;

    TemporaryPassword temporary;

    @BeforeEach
    void anAdminCreatedMeAndIHaveSignedInWithTheTemporaryPassword() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        temporary = admin.createUser(new NewUser(
                "new-" + UUID.randomUUID().toString().substring(0, 8), "New One", null, Set.of(Role.AGENT), "en"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        temporary.username(),
                        null,
                        AuthorityUtils.createAuthorityList(AccountAuthorities.PASSWORD_CHANGE_REQUIRED)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPageLeadsToThePasswordChange() {
        navigate("developments", ChangePasswordView.class);
        navigate("account", ChangePasswordView.class);
    }

    @Test
    void theNewPasswordMustFollowTheRules() {
        var view = navigate("change-password", ChangePasswordView.class);
        var form = $(PasswordChangeForm.class, view).single();

        test(form.current).setValue(temporary.password());
        test(form.newPassword).setValue("short");
        test(form.confirm).setValue("short");
        test(form.submit).click();

        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo("A password needs at least 12 characters.");
    }

    @Test
    void theTwoNewPasswordsMustMatch() {
        var view = navigate("change-password", ChangePasswordView.class);
        var form = $(PasswordChangeForm.class, view).single();

        test(form.current).setValue(temporary.password());
        test(form.newPassword).setValue("my own password one");
        test(form.confirm).setValue("my own password two");
        test(form.submit).click();

        assertThat(form.confirm.isInvalid()).isTrue();
        assertThat(form.confirm.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @Test
    void choosingAnOwnPasswordEndsTheTemporaryState() {
        var view = navigate("change-password", ChangePasswordView.class);
        var form = $(PasswordChangeForm.class, view).single();

        test(form.current).setValue(temporary.password());
        test(form.newPassword).setValue("my very own password");
        test(form.confirm).setValue("my very own password");
        test(form.submit).click();

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("Your password is changed.");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        assertThat(admin.users(new com.propq.dashboard.users.UserFilter(temporary.username(), null, null), 0, 1))
                .singleElement()
                .satisfies(u -> assertThat(u.mustChangePassword()).isFalse());
    }
}
