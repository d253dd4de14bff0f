package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.spring.SpringServlet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * What happens to sessions that are already open when an admin changes the account, over real
 * HTTP: the account is checked on every request, so the next request already sees the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.security.max-failed-sign-ins=3", "app.security.lockout-duration=7m"})
class OpenSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserAccountService own;

    String adminName;

    @BeforeEach
    void anAdminExists() {
        adminName = TestAccounts.uniqueName("boss");
        accounts.create(adminName, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asAdmin(Runnable action) {
        accounts.as(
                adminName,
                () -> {
                    action.run();
                    return null;
                },
                Role.ADMIN);
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtTheirNextRequest() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        assertThat(browser.signIn(username, TestAccounts.PASSWORD)).isEqualTo("302 /");
        assertThat(browser.get("/account")).isEqualTo("200");

        asAdmin(() -> admin.setEnabled(id, false));

        assertThat(browser.get("/account")).isEqualTo("302 /login");
        asAdmin(() -> admin.setEnabled(id, true));
        assertThat(browser.get("/account"))
                .as("enabling again does not revive the ended session")
                .isEqualTo("302 /login");
    }

    @Test
    void aDisabledUsersOldSessionCannotRunAVaadinRequestSentOnAPathThatLooksStatic() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        browser.signIn(username, TestAccounts.PASSWORD);
        var page = browser.read("/?v-r=init&location=account");
        var csrf =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the open page's security key, in %s", page).isTrue();
        var shell = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(browser.read("/account"));
        assertThat(shell.find()).as("the page's request-forgery token").isTrue();
        var uidl = "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";

        asAdmin(() -> admin.setEnabled(id, false));

        // Sent to sign in: the session ended before anything ran (a 403 would mean it still held the old roles).
        assertThat(browser.post(
                        "/offline-anything?v-r=uidl&v-uiId=0",
                        "application/json",
                        uidl,
                        "X-CSRF-TOKEN",
                        shell.group(1)))
                .isEqualTo("302 ");
    }

    @Test
    void theSessionCookieIsNeverSentFromAnotherSitesFormNorReadableByScripts() {
        assertThat(new SignInClient(port).cookiesSetBy("/login"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aPasswordResetEndsTheUsersOpenSessions() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        browser.signIn(username, TestAccounts.PASSWORD);
        assertThat(browser.get("/account")).isEqualTo("200");

        asAdmin(() -> admin.resetPassword(id));

        assertThat(browser.get("/account")).isEqualTo("302 /login");
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsButNotThisOne() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var otherBrowser = new SignInClient(port);
        otherBrowser.signIn(username, TestAccounts.PASSWORD);
        assertThat(otherBrowser.get("/account")).isEqualTo("200");

        var thisSession = signedInFrom(id, username, "127.0.0.1");
        own.changeOwnPassword(TestAccounts.PASSWORD, "a brand new password");

        assertThat(otherBrowser.get("/account")).isEqualTo("302 /login");
        var renewed = (SignedInUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(renewed.sessionEpoch())
                .as("this session carries the new epoch")
                .isEqualTo(accounts.load(id).getSessionEpoch())
                .isGreaterThan(thisSession.sessionEpoch());
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLockout() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        signedInFrom(id, username, "127.0.0.1");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> own.changeOwnPassword("not my password", "a brand new password"))
                    .isInstanceOf(AccountRuleException.class);
        }

        assertThat(accounts.signInEvents(username)).containsExactly("FAILED", "FAILED", "FAILED", "LOCKED");
        assertThat(new SignInClient(port).signIn(username, TestAccounts.PASSWORD))
                .isEqualTo("302 /login?error");
        assertThatThrownBy(() -> own.changeOwnPassword(TestAccounts.PASSWORD, "a brand new password"))
                .isInstanceOf(AccountRuleException.class)
                .hasMessageStartingWith("password.rule.locked");
    }

    /** The test thread holds a session as a sign-in from this address leaves it. */
    private SignedInUser signedInFrom(long id, String username, String address) {
        var user = accounts.load(id);
        var principal = new SignedInUser(
                id,
                user.getSessionEpoch(),
                username,
                "",
                true,
                false,
                AccountAuthorities.granted(Set.of(Role.AGENT), false));
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        token.setDetails(new WebAuthenticationDetails(address, null));
        SecurityContextHolder.getContext().setAuthentication(token);
        return principal;
    }

    @Test
    void changedRolesApplyToAnOpenSessionAtItsNextRequest() {
        var username = TestAccounts.uniqueName("agent");
        long id = accounts.create(username, Role.AGENT);
        var browser = new SignInClient(port);
        browser.signIn(username, TestAccounts.PASSWORD);
        // Actuator metrics are for admins only: a plain HTTP probe of the session's roles.
        assertThat(browser.get("/actuator/metrics")).isEqualTo("403");

        asAdmin(() -> admin.changeRoles(id, Set.of(Role.AGENT, Role.ADMIN)));
        assertThat(browser.get("/actuator/metrics")).isEqualTo("200");

        asAdmin(() -> admin.changeRoles(id, Set.of(Role.AGENT)));
        assertThat(browser.get("/actuator/metrics")).isEqualTo("403");
    }

    @Test
    void aUserWithATemporaryPasswordHoldsNoRoleUntilTheyHaveChangedIt() {
        var username = TestAccounts.uniqueName("newadmin");
        long id = accounts.create(username, Role.ADMIN);
        var temporary = accounts.as(adminName, () -> admin.resetPassword(id), Role.ADMIN);
        var browser = new SignInClient(port);
        assertThat(browser.signIn(username, temporary.password())).isEqualTo("302 /");
        assertThat(browser.get("/actuator/metrics")).isEqualTo("403");

        accounts.as(username, () -> {
            own.changeOwnPassword(temporary.password(), "my very own password");
            return null;
        });

        // Changed from another session (the test's), so the browser's session ended with the old password.
        assertThat(browser.signIn(username, "my very own password")).isEqualTo("302 /");
        assertThat(browser.get("/actuator/metrics")).isEqualTo("200");
    }

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void idleSessionsEndAfterTheConfiguredTimeoutAndVaadinHeartbeatsDoNotKeepThemAlive() {
        var browser = new SignInClient(port);
        browser.get("/login");
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];

        assertThat(context.getSessionTimeout())
                .as("minutes, from server.servlet.session.timeout")
                .isEqualTo(30);
        assertThat(vaadinServlet
                        .getServlet()
                        .getService()
                        .getDeploymentConfiguration()
                        .isCloseIdleSessions())
                .isTrue();
    }
}
