package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAdminService;
import com.propq.dashboard.users.UserFilter;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In real Chromium at 1440 px, the user admin of issue 21: Disable asks first and Cancel keeps the user active,
 * Reset password asks first and the temporary password has a named Copy button, and no column is cut off.
 */
class AdminManagesUsersE2ETest extends BrowserTest {

    @Autowired
    UserAdminService admin;

    private String newAgent() {
        var username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            admin.createUser(new NewUser(username, "Elena Agent", null, Set.of(Role.AGENT), "en"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }

    private boolean enabled(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return admin.users(new UserFilter(username, null, null), 0, 1)
                    .getFirst()
                    .enabled();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void disableAndResetPasswordAskFirstAndTheTemporaryPasswordCanBeCopied() {
        var username = newAgent();
        var page = newPage();
        page.setViewportSize(1440, 900);
        signedIn(page, "admin", "test-admin-password-1");
        page.navigate(url("users"));
        page.locator("#users-filter-text input").fill(username);
        page.locator("#users-filter-text input").press("Enter");
        // The filter applies a moment after typing: until the other users are gone, the rows are re-rendered under
        // the test's hand (a click can then wait on a button the grid has just hidden).
        assertThat(page.locator("#users-grid").getByText("Demo Reviewer")).isHidden();
        // The grid may keep a hidden copy of a re-rendered row: the visible button is the one the admin sees.
        var disable = page.locator("#disable-" + username + " >> visible=true");
        assertThat(disable).isVisible();

        Object overflow =
                page.locator("#users-grid").evaluate("grid => grid.$.table.scrollWidth - grid.$.table.clientWidth");
        assertThat(((Number) overflow).intValue()).as("no column cut off").isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-at-1440")));

        disable.click();
        var confirm = page.locator("#confirm-disable");
        assertThat(confirm).containsText("Disable " + username + "?");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-confirm-disable")));
        confirm.locator("vaadin-button[slot='cancel-button']").click();
        assertThat(confirm).isHidden();
        assertThat(enabled(username)).as("Cancel keeps the user active").isTrue();

        page.locator("#reset-password-" + username + " >> visible=true").click();
        var confirmReset = page.locator("#confirm-reset-password");
        assertThat(confirmReset).containsText("Reset the password of " + username + "?");
        confirmReset.locator("vaadin-button[slot='confirm-button']").click();
        var copy = page.locator("#temporary-password-copy");
        assertThat(copy).isVisible();
        assertThat(copy).hasAccessibleName("Copy the temporary password");
        copy.click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-temporary-password")));
    }
}
