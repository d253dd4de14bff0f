package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.BulkAction;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.BulkPreview;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.ImportDryRun;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.catalog.ui.DevelopmentView;
import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.overview.OverviewService;
import com.propq.dashboard.overview.ui.OverviewView;
import com.propq.dashboard.propq.DevelopmentIdCheck;
import com.propq.dashboard.propq.PropqConnectionService;
import com.propq.dashboard.propq.PropqReachability;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxControls;
import com.propq.dashboard.propq.sandbox.SandboxSettings;
import com.propq.dashboard.propq.ui.PropqConnectionView;
import com.propq.dashboard.review.HistoryView;
import com.propq.dashboard.shell.AccessDeniedView;
import com.propq.dashboard.sync.QueueFilter;
import com.propq.dashboard.sync.SyncQueueService;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.propq.dashboard.users.ui.AccountView;
import com.propq.dashboard.users.ui.ChangePasswordView;
import com.propq.dashboard.users.ui.LoginView;
import com.propq.dashboard.users.ui.UsersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Who may open which page and call which data-changing (or data-revealing) service method, as one
 * table. Each caller is a real account; each attempt goes through Vaadin's access control or Spring's
 * method security, never through hidden buttons. To cover a new view or service method, add a row: a route or a
 * {@code @RolesAllowed} service method without one fails the build, named.
 */
@SpringBootTest
class AccessRulesTest extends SpringBrowserlessTest {

    /** The callers: nobody, each role, and a user who has signed in with a temporary password. */
    enum Who {
        ANONYMOUS,
        ADMIN,
        AGENT,
        REVIEWER,
        PASSWORD_CHANGE_REQUIRED
    }

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
    record Fixture(String caller, long otherUserId, long developmentId, AccessRulesTest test) {}

    /** An id no row has: methods that look one up refuse it after the role check. */
    static final long NO_SUCH_ID = -1;

    static final UnitValues SOME_VALUES = new UnitValues(
            UnitStatus.AVAILABLE,
            new BigDecimal("250000"),
            EnumSet.of(Direction.S),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    static final BulkAction TO_AVAILABLE = new BulkAction.SetStatus(UnitStatus.AVAILABLE);

    static final List<Page> PAGES = List.of(
            new Page("", OverviewView.class, STAFF),
            new Page("developments", DevelopmentsView.class, STAFF),
            new Page("development/{development}", DevelopmentView.class, STAFF),
            new Page("units", com.propq.dashboard.catalog.ui.UnitsSearchView.class, STAFF),
            new Page("sync-queue", SyncQueueView.class, EnumSet.of(Who.ADMIN, Who.AGENT)),
            new Page("history", HistoryView.class, STAFF),
            new Page("users", UsersView.class, EnumSet.of(Who.ADMIN)),
            new Page("propq", PropqConnectionView.class, EnumSet.of(Who.ADMIN)),
            new Page("publishing", com.propq.dashboard.publish.ui.PublishingView.class, STAFF),
            new Page("account", AccountView.class, STAFF),
            new Page("change-password", ChangePasswordView.class, SIGNED_IN),
            new Page("login", LoginView.class, EnumSet.of(Who.ANONYMOUS)));

    static final List<Call> CALLS = List.of(
            new Call("UserAdminService.users", EnumSet.of(Who.ADMIN), f -> f.test.admin.users(UserFilter.ALL, 0, 10)),
            new Call(
                    "UserAdminService.countUsers", EnumSet.of(Who.ADMIN), f -> f.test.admin.countUsers(UserFilter.ALL)),
            new Call(
                    "UserAdminService.createUser",
                    EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.createUser(
                            new NewUser(TestAccounts.uniqueName("made"), "Made", null, Set.of(Role.AGENT), "en"))),
            new Call("UserAdminService.changeRoles", EnumSet.of(Who.ADMIN), f -> {
                f.test.admin.changeRoles(f.otherUserId, Set.of(Role.REVIEWER));
                return 0;
            }),
            new Call("UserAdminService.setEnabled", EnumSet.of(Who.ADMIN), f -> {
                f.test.admin.setEnabled(f.otherUserId, false);
                return 0;
            }),
            new Call(
                    "UserAdminService.resetPassword",
                    EnumSet.of(Who.ADMIN),
                    f -> f.test.admin.resetPassword(f.otherUserId)),
            new Call("UserAdminService.unlock", EnumSet.of(Who.ADMIN), f -> {
                f.test.admin.unlock(f.otherUserId);
                return 0;
            }),
            new Call("UserAccountService.currentUser", EVERYONE, f -> f.test.own.currentUser()),
            new Call("UserAccountService.changeOwnPassword", SIGNED_IN, f -> {
                f.test.own.changeOwnPassword(TestAccounts.PASSWORD, "a brand new password");
                return 0;
            }),
            new Call("UserAccountService.changeDisplayName", STAFF, f -> {
                f.test.own.changeDisplayName("Renamed " + f.caller);
                return 0;
            }),
            new Call("UserAccountService.changeLanguage", SIGNED_IN, f -> {
                f.test.own.changeLanguage(Locale.forLanguageTag("es"));
                return 0;
            }),
            new Call("OverviewService.availability", STAFF, f -> f.test.overview.availability()),
            new Call("OverviewService.attention", STAFF, f -> f.test.overview.attention()),
            new Call("OverviewService.propqReach", STAFF, f -> f.test.overview.propqReach()),
            new Call("OverviewService.catalogEmpty", STAFF, f -> f.test.overview.catalogEmpty()),
            new Call("OverviewService.syncHealth", STAFF, f -> f.test.overview.syncHealth()),
            new Call("OverviewService.onPublishChange", STAFF, f -> {
                f.test.overview.onPublishChange(() -> {}).remove();
                return 0;
            }),
            new Call("OverviewService.latestPublishes", STAFF, f -> f.test.overview.latestPublishes()),
            new Call("OverviewService.latestChanges", STAFF, f -> f.test.overview.latestChanges(5)),
            new Call(
                    "CatalogEditService.createDevelopment",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.editing.createDevelopment(
                            new com.propq.dashboard.catalog.NewDevelopment(
                                    TestAccounts.uniqueName("ACCESS"), "Access Gardens", null, null),
                            null,
                            null)),
            new Call(
                    "CatalogEditService.saveDevelopment",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            IllegalArgumentException.class,
                            () -> f.test.editing.saveDevelopment(NO_SUCH_ID, 0, "RO-DEV-0", "Nowhere", null, null))),
            new Call(
                    "CatalogEditService.createUnit",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            IllegalArgumentException.class,
                            () -> f.test.editing.createUnit(NO_SUCH_ID, "X-1", SOME_VALUES))),
            new Call(
                    "CatalogEditService.saveUnit",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            IllegalArgumentException.class,
                            () -> f.test.editing.saveUnit(NO_SUCH_ID, 0, SOME_VALUES, null))),
            new Call(
                    "BulkEditService.previewSelection",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.bulk.previewSelection(f.developmentId, List.of(), TO_AVAILABLE, "")),
            new Call(
                    "BulkEditService.previewFiltered",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.bulk.previewFiltered(f.developmentId, UnitFilter.NONE, TO_AVAILABLE, "")),
            new Call(
                    "BulkEditService.apply",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            CatalogValidationException.class,
                            () -> f.test.bulk.apply(new BulkPreview(f.developmentId, TO_AVAILABLE, "", List.of())))),
            new Call(
                    "BulkEditService.undo",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            IllegalArgumentException.class, () -> f.test.bulk.undo(UUID.randomUUID(), null))),
            new Call(
                    "BulkEditService.batch",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(IllegalArgumentException.class, () -> f.test.bulk.batch(UUID.randomUUID()))),
            new Call(
                    "BulkEditService.batches",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.bulk.batches(f.developmentId, 5)),
            new Call("PriceListService.export", STAFF, f -> {
                f.test.priceList.export(f.developmentId, UnitFilter.NONE, OutputStream.nullOutputStream());
                return 0;
            }),
            new Call(
                    "PriceListService.dryRun",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.priceList.dryRun(f.developmentId, InputStream.nullInputStream(), "", null)),
            new Call(
                    "PriceListService.dryRunForNewDevelopment",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.priceList.dryRunForNewDevelopment(InputStream.nullInputStream())),
            new Call(
                    "PriceListService.apply",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(
                            CatalogValidationException.class,
                            () -> f.test.priceList.apply(
                                    new ImportDryRun(f.developmentId, List.of(), List.of(), 0, List.of()), ""))),
            new Call("HistoryService.page", STAFF, f -> f.test.history.page(HistoryFilter.ALL, 0, 5)),
            new Call("HistoryService.exportCsv", STAFF, f -> {
                f.test.history.exportCsv(HistoryFilter.ofDevelopment(f.developmentId), OutputStream.nullOutputStream());
                return 0;
            }),
            new Call(
                    "HistoryService.undoBatch",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> refusedInside(IllegalArgumentException.class, () -> {
                        f.test.history.undoBatch(UUID.randomUUID());
                        return 0;
                    })),
            new Call("CatalogService.availability", STAFF, f -> f.test.catalog.availability()),
            new Call("CatalogService.developments", STAFF, f -> f.test.catalog.developments(null, 0, 10)),
            new Call("CatalogService.countDevelopments", STAFF, f -> f.test.catalog.countDevelopments(null)),
            new Call("CatalogService.development", STAFF, f -> f.test.catalog.development(f.developmentId)),
            new Call(
                    "CatalogService.units",
                    STAFF,
                    f -> f.test.catalog.units(f.developmentId, UnitFilter.NONE, List.of(), 0, 10)),
            new Call(
                    "CatalogService.countUnits",
                    STAFF,
                    f -> f.test.catalog.countUnits(f.developmentId, UnitFilter.NONE)),
            new Call(
                    "CatalogService.searchUnits",
                    STAFF,
                    f -> f.test.catalog.searchUnits(com.propq.dashboard.catalog.UnitSearch.ALL, List.of(), 0, 10)),
            new Call(
                    "CatalogService.countFoundUnits",
                    STAFF,
                    f -> f.test.catalog.countFoundUnits(com.propq.dashboard.catalog.UnitSearch.ALL)),
            new Call("CatalogService.unit", STAFF, f -> f.test.catalog.unit(NO_SUCH_ID)),
            new Call("CatalogService.unitNamed", STAFF, f -> f.test.catalog.unitNamed(f.developmentId, "NO-SUCH")),
            new Call(
                    "CatalogService.developmentDetails",
                    STAFF,
                    f -> f.test.catalog.developmentDetails(f.developmentId)),
            new Call("CatalogService.holdsEndingBy", STAFF, f -> f.test.catalog.holdsEndingBy(LocalDate.now(), 5)),
            new Call(
                    "CatalogService.countHoldsEndingBy",
                    STAFF,
                    f -> f.test.catalog.countHoldsEndingBy(LocalDate.now())),
            new Call("PublishService.publish", EnumSet.of(Who.ADMIN, Who.AGENT), f -> {
                try {
                    return f.test.publishing.publish(f.developmentId);
                } catch (com.propq.dashboard.publish.PublishInProgressException refusedAfterTheRoleCheck) {
                    return 0;
                }
            }),
            new Call(
                    "PublishService.requests",
                    STAFF,
                    f -> f.test.publishing.requests(com.propq.dashboard.publish.PublishFilter.NONE, 0, 10)),
            new Call("PublishService.timeline", STAFF, f -> f.test.publishing.timeline(f.developmentId, 10)),
            new Call("PublishService.unitsNotAtPropq", STAFF, f -> f.test.publishing.unitsNotAtPropq(f.developmentId)),
            new Call("PublishService.waitingChanges", STAFF, f -> f.test.publishing.waitingChanges(f.developmentId)),
            new Call("PublishService.inProgress", STAFF, f -> f.test.publishing.inProgress(f.developmentId)),
            new Call(
                    "PublishService.countRequests",
                    STAFF,
                    f -> f.test.publishing.countRequests(com.propq.dashboard.publish.PublishFilter.NONE)),
            new Call(
                    "PublishService.lastRequests",
                    STAFF,
                    f -> f.test.publishing.lastRequests(List.of(f.developmentId))),
            new Call("SyncQueueService.summary", EnumSet.of(Who.ADMIN, Who.AGENT), f -> f.test.syncQueue.summary()),
            new Call(
                    "SyncQueueService.rows",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.rows(QueueFilter.ALL, 0, 5)),
            new Call(
                    "SyncQueueService.count",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.count(QueueFilter.ALL)),
            new Call(
                    "SyncQueueService.deliveryLog",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.deliveryLog(NO_SUCH_ID)),
            new Call("SyncQueueService.retry", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.retry(NO_SUCH_ID)),
            new Call("SyncQueueService.discard", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.discard(NO_SUCH_ID)),
            new Call("SyncQueueService.sendNow", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.sendNow(NO_SUCH_ID)),
            new Call(
                    "SyncQueueService.retryEvery",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.retryEvery()),
            new Call("SyncQueueService.parked", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.parked(QueueFilter.ALL)),
            new Call(
                    "SyncQueueService.takeMyParkedNotices",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.syncQueue.takeMyParkedNotices()),
            new Call("SyncQueueService.retryAll", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.retryAll(List.of())),
            new Call("SyncQueueService.discardAll", EnumSet.of(Who.ADMIN), f -> f.test.syncQueue.discardAll(List.of())),
            new Call(
                    "PropqConnectionService.connection",
                    EnumSet.of(Who.ADMIN),
                    f -> f.test.propqConnection.connection()),
            new Call(
                    "PropqConnectionService.testConnection",
                    EnumSet.of(Who.ADMIN),
                    f -> f.test.propqConnection.testConnection()),
            new Call("PropqReachability.live", STAFF, f -> f.test.reachability.live()),
            new Call("PropqReachability.now", STAFF, f -> f.test.reachability.now()),
            new Call(
                    "DevelopmentIdCheck.check",
                    EnumSet.of(Who.ADMIN, Who.AGENT),
                    f -> f.test.idCheck.check("RO-DEV-1")),
            new Call("SandboxControls.settings", EnumSet.of(Who.ADMIN), f -> f.test.sandbox.settings()),
            new Call("SandboxControls.apply", EnumSet.of(Who.ADMIN), f -> {
                f.test.sandbox.apply(f.test.simulator.settings());
                return 0;
            }),
            // An outage that is over as it starts: the other tests of this context meet a working sandbox.
            new Call("SandboxControls.startOutage", EnumSet.of(Who.ADMIN), f -> {
                f.test.sandbox.startOutage(SandboxSettings.Outage.Kind.SERVER_ERROR, Duration.ZERO);
                return 0;
            }),
            new Call("SandboxControls.endOutage", EnumSet.of(Who.ADMIN), f -> {
                f.test.sandbox.endOutage();
                return 0;
            }),
            new Call("SandboxControls.activeOutage", EnumSet.of(Who.ADMIN), f -> f.test.sandbox.activeOutage()),
            new Call("SandboxControls.expireAllTokens", EnumSet.of(Who.ADMIN), f -> {
                f.test.sandbox.expireAllTokens();
                return 0;
            }),
            new Call("SandboxControls.units", EnumSet.of(Who.ADMIN), f -> f.test.sandbox.units()),
            new Call("SandboxControls.tokenRequests", EnumSet.of(Who.ADMIN), f -> f.test.sandbox.tokenRequests()),
            new Call(
                    "SandboxControls.knownDevelopments",
                    EnumSet.of(Who.ADMIN),
                    f -> f.test.sandbox.knownDevelopments()));

    @Autowired
    UserAdminService admin;

    @Autowired
    UserAccountService own;

    @Autowired
    CatalogService catalog;

    @Autowired
    com.propq.dashboard.catalog.CatalogEditService editing;

    @Autowired
    OverviewService overview;

    @Autowired
    com.propq.dashboard.publish.PublishService publishing;

    @Autowired
    SyncQueueService syncQueue;

    @Autowired
    BulkEditService bulk;

    @Autowired
    PriceListService priceList;

    @Autowired
    HistoryService history;

    @Autowired
    PropqConnectionService propqConnection;

    @Autowired
    PropqReachability reachability;

    @Autowired
    DevelopmentIdCheck idCheck;

    @Autowired
    SandboxControls sandbox;

    @Autowired
    PropqSandbox simulator;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /**
     * Signs out after the browserless teardown, not before: an extension's after-each runs after every
     * {@code @AfterEach} method, the base class's teardown included, which runs the pages' queued live updates
     * as the signed-in user. Cleared before it, such an update met no user and failed the case.
     */
    @RegisterExtension
    static final AfterEachCallback SIGN_OUT = context -> SecurityContextHolder.clearContext();

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
                // An optional segment (the development page's tab) is covered by the page without it.
                .map(r -> r.getTemplate().replaceAll("/:[^/]+\\?$", "").replaceAll(":[^/]+", "{development}"))
                .toList();
        assertThat(routes).contains("users", "account", "change-password");
        assertThat(PAGES.stream().map(Page::location).toList()).containsAll(routes);
    }

    @Test
    void theTableHasARowForEveryServiceMethodUnderRolesAllowed() {
        var rows = CALLS.stream().map(Call::method).toList();
        var guarded = methodsUnderRolesAllowed();

        // The scan sees a whole class under @RolesAllowed, a single method under it, and nothing else.
        assertThat(guarded)
                .contains("UserAdminService.unlock", "UserAccountService.changeDisplayName")
                .doesNotContain("UserAccountService.currentUser");
        assertThat(guarded)
                .as("@RolesAllowed service methods without a row in CALLS")
                .filteredOn(method -> !rows.contains(method))
                .isEmpty();
    }

    /**
     * Every method Spring's method security guards by {@code @RolesAllowed}, as "Class.method": the public methods
     * of a class that carries it, and the methods that carry it themselves. Views are the pages' table's.
     */
    static SortedSet<String> methodsUnderRolesAllowed() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(RolesAllowed.class.getName())
                        || reader.getAnnotationMetadata().hasAnnotatedMethods(RolesAllowed.class.getName()));
        scanner.addExcludeFilter(new AssignableTypeFilter(Component.class));
        var methods = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("com.propq.dashboard")) {
            var type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), AccessRulesTest.class.getClassLoader());
            boolean wholeClass = type.isAnnotationPresent(RolesAllowed.class);
            for (var method : type.getDeclaredMethods()) {
                boolean guarded = method.isAnnotationPresent(RolesAllowed.class)
                        || wholeClass && Modifier.isPublic(method.getModifiers());
                if (guarded && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers())) {
                    methods.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return methods;
    }

    /** A call the role check let through, which the method itself then refused: allowed, and nothing changed. */
    static <T> Object refusedInside(Class<? extends RuntimeException> refusal, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (refusal.isInstance(e)) {
                return 0;
            }
            throw e;
        }
    }

    /** Where a page attempt ends: the page itself, or sign-in, the password change, or the refusal. */
    private static Class<? extends Component> expectedLanding(Who who, Page page) {
        if (page.allowed().contains(who)) {
            return page.view();
        }
        return switch (who) {
            case ANONYMOUS -> LoginView.class;
            case PASSWORD_CHANGE_REQUIRED -> ChangePasswordView.class;
            // Signed-in users are sent on from the sign-in page.
            default -> page.view() == LoginView.class ? OverviewView.class : AccessDeniedView.class;
        };
    }

    /** Signs in as a fresh real account of that kind; answers its username. */
    private String signInAs(Who who) {
        var context = SecurityContextHolder.getContext();
        if (who == Who.ANONYMOUS) {
            context.setAuthentication(new AnonymousAuthenticationToken(
                    "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            return "anonymousUser";
        }
        var username = TestAccounts.uniqueName(who.name().toLowerCase(Locale.ROOT));
        boolean temporary = who == Who.PASSWORD_CHANGE_REQUIRED;
        var role = temporary ? Role.AGENT : Role.valueOf(who.name());
        long id = accounts.create(username, role);
        if (temporary) {
            jdbc.sql("update app_user set must_change_password = true where id = :id")
                    .param("id", id)
                    .update();
        }
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AccountAuthorities.granted(Set.of(role), temporary)));
        return username;
    }

    private long anotherUser() {
        return accounts.create(TestAccounts.uniqueName("other"), Role.AGENT);
    }

    private long aDevelopment() {
        return accounts.as(
                "reader", () -> catalog.developments(null, 0, 1).getFirst().id(), Role.REVIEWER);
    }
}
