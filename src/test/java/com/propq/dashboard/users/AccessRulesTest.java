package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.ui.DevelopmentView;
import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.overview.OverviewService;
import com.propq.dashboard.overview.ui.OverviewView;
import com.propq.dashboard.review.HistoryView;
import com.propq.dashboard.propq.ui.PropqConnectionView;
import com.propq.dashboard.sync.QueueFilter;
import com.propq.dashboard.sync.SyncQueueService;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.propq.dashboard.shell.NotFoundView;
import com.propq.dashboard.users.ui.AccountView;
import com.propq.dashboard.users.ui.ChangePasswordView;
import com.propq.dashboard.users.ui.LoginView;
import com.propq.dashboard.users.ui.UsersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may open which page and call which data-changing (or data-revealing) service method, as one
 * table. Each caller is a real account; each attempt goes through Vaadin's access control or Spring's
 * method security, never through hidden buttons. To cover a new view or service method, add a row.
 */
@SpringBootTest
class AccessRulesTest extends SpringBrowserlessTest {

    /** The callers: nobody, each role, and a user who has signed in with a temporary password. */
    enum Who { ANONYMOUS, ADMIN, AGENT, REVIEWER, PASSWORD_CHANGE_REQUIRED }

    static final Set<Who> STAFF = EnumSet.of(Who.ADMIN, Who.AGENT, Who.REVIEWER);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.ADMIN, Who.AGENT, Who.REVIEWER, Who.PASSWORD_CHANGE_REQUIRED);
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    /** A page: where it is, what it shows, who may open it. */
    record Page(String location, Class<? extends Component> view, Set<Who> allowed) {
        @Override
        public String toString() {
            return "/" + location;
        }
    }

    /** A service method called with harmless arguments; {@code run} returns nothing of interest. */
    record Call(String method, Set<Who> allowed, Function<Fixture, Object> run) {
        @Override
        public String toString() {
            return method;
        }
    }

    /** What a call may need: the caller, another account to act on, a development of the demo catalog. */
    record Fixture(String caller, long otherUserId, long developmentId, AccessRulesTest test) {
    }

    static final List<Page> PAGES = List.of(
            new Page("", OverviewView.class, STAFF),
            new Page("developments", DevelopmentsView.class, STAFF),
            new Page("development/{development}", DevelopmentView.class, STAFF),
            new Page("sync-queue", SyncQueueView.class, EnumSet.of(Who.ADMIN, Who.AGENT)),
            new Page("history", HistoryView.class, STAFF),
            new Page("users", UsersView.class, EnumSet.of(Who.ADMIN)),
            new Page("propq", PropqConnectionView.class, EnumSet.of(Who.ADMIN)),
            new Page("publishing", com.propq.dashboard.publish.ui.PublishingView.class, STAFF),
            new Page("account", AccountView.class, STAFF),
            new Page("change-password", ChangePasswordView.class, SIGNED_IN),
            new Page("login", LoginView.class, EnumSet.of(Who.ANONYMOUS)));

    static final List<Call> CALLS = List.of(
            new Call("UserAdminService.users", EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.users(UserFilter.ALL, 0, 10)),
            new Call("UserAdminService.countUsers", EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.countUsers(UserFilter.ALL)),
            new Call("UserAdminService.createUser", EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.createUser(new NewUser(TestAccounts.uniqueName("made"), "Made", null,
                            Set.of(Role.AGENT), "en"))),
            new Call("UserAdminService.changeRoles", EnumSet.of(Who.ADMIN),
                    f -> { f.test.admin.changeRoles(f.otherUserId, Set.of(Role.REVIEWER)); return 0; }),
            new Call("UserAdminService.setEnabled", EnumSet.of(Who.ADMIN),
                    f -> { f.test.admin.setEnabled(f.otherUserId, false); return 0; }),
            new Call("UserAdminService.resetPassword", EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.resetPassword(f.otherUserId)),
            new Call("UserAdminService.unlock", EnumSet.of(Who.ADMIN),
                    f -> { f.test.admin.unlock(f.otherUserId); return 0; }),
            new Call("UserAccountService.currentUser", EVERYONE, f -> f.test.own.currentUser()),
            new Call("UserAccountService.changeOwnPassword", SIGNED_IN,
                    f -> { f.test.own.changeOwnPassword(TestAccounts.PASSWORD, "a brand new password"); return 0; }),
            new Call("UserAccountService.changeDisplayName", STAFF,
                    f -> { f.test.own.changeDisplayName("Renamed " + f.caller); return 0; }),
            new Call("UserAccountService.changeLanguage", SIGNED_IN,
                    f -> { f.test.own.changeLanguage(Locale.forLanguageTag("es")); return 0; }),
            new Call("OverviewService.availability", STAFF, f -> f.test.overview.availability()),
            new Call("OverviewService.attention", STAFF, f -> f.test.overview.attention()),
            new Call("OverviewService.propqReach", STAFF, f -> f.test.overview.propqReach()),
            new Call("CatalogEditService.createDevelopment", EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.editing.createDevelopment(new com.propq.dashboard.catalog.NewDevelopment(
                            TestAccounts.uniqueName("ACCESS"), "Access Gardens", null, null), null, null)),
            new Call("CatalogService.availability", STAFF, f -> f.test.catalog.availability()),
            new Call("CatalogService.developments", STAFF, f -> f.test.catalog.developments(null, 0, 10)),
            new Call("CatalogService.countDevelopments", STAFF, f -> f.test.catalog.countDevelopments(null)),
            new Call("CatalogService.development", STAFF, f -> f.test.catalog.development(f.developmentId)),
            new Call("CatalogService.units", STAFF,
                    f -> f.test.catalog.units(f.developmentId, UnitFilter.NONE, List.of(), 0, 10)),
            new Call("CatalogService.countUnits", STAFF, f -> f.test.catalog.countUnits(f.developmentId, UnitFilter.NONE)),
            new Call("PublishService.publish", EnumSet.of(Who.ADMIN, Who.AGENT), f -> {
                try {
                    return f.test.publishing.publish(f.developmentId);
                } catch (com.propq.dashboard.publish.PublishInProgressException refusedAfterTheRoleCheck) {
                    return 0;
                }
            }),
            new Call("PublishService.requests", STAFF,
                    f -> f.test.publishing.requests(com.propq.dashboard.publish.PublishFilter.NONE, 0, 10)),
            new Call("PublishService.timeline", STAFF, f -> f.test.publishing.timeline(f.developmentId, 10)),
            new Call("PublishService.waitingChanges", STAFF, f -> f.test.publishing.waitingChanges(f.developmentId)),
            new Call("SyncQueueService.parked", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.parked(QueueFilter.ALL)),
            new Call("SyncQueueService.takeMyParkedNotices", EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.takeMyParkedNotices()),
            new Call("SyncQueueService.retryAll", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.retryAll(List.of())),
            new Call("SyncQueueService.discardAll", EnumSet.of(Who.ADMIN),
                    f -> f.test.syncQueue.discardAll(List.of())));

    @Autowired UserAdminService admin;
    @Autowired UserAccountService own;
    @Autowired CatalogService catalog;
    @Autowired com.propq.dashboard.catalog.CatalogEditService editing;
    @Autowired OverviewService overview;
    @Autowired com.propq.dashboard.publish.PublishService publishing;
    @Autowired SyncQueueService syncQueue;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> everyPageForEveryone() {
        return PAGES.stream().flatMap(p -> EVERYONE.stream().map(who -> Arguments.of(who, p)));
    }

    static Stream<Arguments> everyCallForEveryone() {
        return CALLS.stream().flatMap(c -> EVERYONE.stream().map(who -> Arguments.of(who, c)));
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("everyPageForEveryone")
    void opensAPageOnlyWhenTheTableAllowsIt(Who who, Page page) {
        long developmentId = aDevelopment();
        signInAs(who);

        UI.getCurrent().navigate(page.location().replace("{development}", Long.toString(developmentId)));

        // instanceOf: views with access annotations come as Spring proxies of their class.
        assertThat(getCurrentView()).isInstanceOf(expectedLanding(who, page));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("everyCallForEveryone")
    void callsAServiceMethodOnlyWhenTheTableAllowsIt(Who who, Call call) {
        var fixture = new Fixture(signInAs(who), anotherUser(), aDevelopment(), this);

        boolean allowed;
        try {
            call.run().apply(fixture);
            allowed = true;
        } catch (AccessDeniedException | AuthenticationException denied) {
            allowed = false;
        }

        assertThat(allowed).isEqualTo(call.allowed().contains(who));
    }

    @Test
    void theTableCoversEveryRouteOfTheApplication() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate().replaceAll(":[^/]+", "{development}")).toList();
        assertThat(routes).contains("users", "account", "change-password");
        assertThat(PAGES.stream().map(Page::location).toList()).containsAll(routes);
    }

    /** Where a page attempt ends: the page itself, or sign-in, the password change, or "not found". */
    private static Class<? extends Component> expectedLanding(Who who, Page page) {
        if (page.allowed().contains(who)) {
            return page.view();
        }
        return switch (who) {
            case ANONYMOUS -> LoginView.class;
            case PASSWORD_CHANGE_REQUIRED -> ChangePasswordView.class;
            // Signed-in users are sent on from the sign-in page.
            default -> page.view() == LoginView.class ? OverviewView.class : NotFoundView.class;
        };
    }

    /** Signs in as a fresh real account of that kind; answers its username. */
    private String signInAs(Who who) {
        var context = SecurityContextHolder.getContext();
        if (who == Who.ANONYMOUS) {
            context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            return "anonymousUser";
        }
        var username = TestAccounts.uniqueName(who.name().toLowerCase(Locale.ROOT));
        boolean temporary = who == Who.PASSWORD_CHANGE_REQUIRED;
        var role = temporary ? Role.AGENT : Role.valueOf(who.name());
        long id = accounts.create(username, role);
        if (temporary) {
            jdbc.sql("update app_user set must_change_password = true where id = :id").param("id", id).update();
        }
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AccountAuthorities.granted(Set.of(role), temporary)));
        return username;
    }

    private long anotherUser() {
        return accounts.create(TestAccounts.uniqueName("other"), Role.AGENT);
    }

    private long aDevelopment() {
        return accounts.as("reader", () -> catalog.developments(null, 0, 1).getFirst().id(), Role.REVIEWER);
    }
}
