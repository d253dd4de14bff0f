package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.util.Set;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * What happens to sessions that are already open when an admin changes the account, over real
 * HTTP: the account is checked on every request, so the next request already sees the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.security.max-failed-sign-ins=3", "app.security.lockout-duration=7m"})
class OpenSessionsTest {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired UserAdminService admin;
    @Autowired UserAccountService own;

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
        accounts.as(adminName, () -> {
            action.run();
            return null;
        }, Role.ADMIN);
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
        assertThat(browser.get("/account")).as("enabling again does not revive the ended session")
                .isEqualTo("302 /login");
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

        assertThat(browser.get("/actuator/metrics")).isEqualTo("200");
    }

    @Autowired WebServerApplicationContext server;
    @Autowired ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void idleSessionsEndAfterTheConfiguredTimeoutAndVaadinHeartbeatsDoNotKeepThemAlive() {
        var browser = new SignInClient(port);
        browser.get("/login");
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];

        assertThat(context.getSessionTimeout()).as("minutes, from server.servlet.session.timeout").isEqualTo(30);
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
