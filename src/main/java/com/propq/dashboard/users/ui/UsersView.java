package com.propq.dashboard.users.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.users.AccountRuleException;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAdminService;
import com.propq.dashboard.users.UserFilter;
import com.propq.dashboard.users.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * Users and their roles, for admins: filter, create, edit roles, disable, reset a password, unlock. The filters are
 * in the address: {@code users?q=rita&role=reviewer&state=disabled}.
 */
@Route("users")
@Menu(title = "nav.users", order = 4, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, AfterNavigationObserver {

    private final UserAdminService admin;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<UserFilter.UserState> state = new Select<>();
    private final Button newUser = new Button();
    private final FilterAddress address = new FilterAddress(this, this::parameters);

    UsersView(UserAdminService admin) {
        this.admin = admin;
        setSizeFull();
        configureFilters();
        configureGrid();
        newUser.setText(getTranslation("users.new"));
        newUser.setIcon(VaadinIcon.PLUS.create());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.setId("new-user");
        newUser.addClickListener(e -> new NewUserDialog(admin, created -> {
                    refresh();
                    new TemporaryPasswordDialog(created).open();
                })
                .open());
        var bar = new FlexLayout(text, role, state, newUser);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.users")), bar, grid);
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("users.filter.text"));
        text.setAriaLabel(getTranslation("users.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("users-filter-text");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.filter.any-role"));
        role.setItemLabelGenerator(
                r -> r == null ? getTranslation("users.filter.any-role") : getTranslation("role." + r.name()));
        role.setAriaLabel(getTranslation("users.roles"));
        role.setId("users-filter-role");
        state.setItems(UserFilter.UserState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("users.filter.any-state"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("users.filter.any-state") : getTranslation("users.state." + s.name()));
        state.setAriaLabel(getTranslation("users.state"));
        state.setId("users-filter-state");
        text.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        address.follow(text, role, state);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.open(event);
        address.text("q").ifPresent(text::setValue);
        address.choice("role", Role.class).ifPresent(role::setValue);
        address.choice("state", UserFilter.UserState.class).ifPresent(state::setValue);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        address.announceDropped();
    }

    private QueryParameters parameters() {
        return FilterAddress.parameters("q", text.getValue(), "role", role.getValue(), "state", state.getValue());
    }

    /**
     * Every column fits at 1440 px beside the menu: the long texts (email, state, sign-ins) share the width and wrap
     * rather than push the actions off screen.
     */
    private void configureGrid() {
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setWidth("7em")
                .setFlexGrow(1);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.display-name"))
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addColumn(u -> u.email() == null ? "" : u.email())
                .setHeader(getTranslation("users.email"))
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"))
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation("language." + u.language()))
                .setHeader(getTranslation("users.language"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(u -> {
                    var parts = new ArrayList<String>();
                    parts.add(getTranslation(u.enabled() ? "users.enabled" : "users.disabled"));
                    if (u.lockedUntil() != null) {
                        parts.add(getTranslation("users.locked-until", Formats.dateTime(u.lockedUntil(), getLocale())));
                    }
                    if (u.mustChangePassword()) {
                        parts.add(getTranslation("users.must-change-password"));
                    }
                    return String.join(" · ", parts);
                })
                .setHeader(getTranslation("users.state"))
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addColumn(this::signIns)
                .setKey("sign-ins")
                .setHeader(getTranslation("users.sign-ins"))
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("users.actions"))
                .setWidth("13em")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("users-grid");
        grid.setSizeFull();
        grid.setItems(
                q -> admin.users(filter(), q.getOffset(), q.getLimit()).stream(), q -> admin.countUsers(filter()));
    }

    /** The last sign-in, and the failed attempts of the past days even after a good one reset the lockout count. */
    private String signIns(UserSummary user) {
        var activity = user.signIns();
        var parts = new ArrayList<String>();
        parts.add(
                activity.lastSignIn() == null
                        ? getTranslation("users.sign-ins.never")
                        : getTranslation("users.sign-ins.last", Formats.dateTime(activity.lastSignIn(), getLocale())));
        if (activity.recentFailures() > 0) {
            parts.add(getTranslation(
                    "users.sign-ins.failed", activity.recentFailures(), UserAdminService.RECENT_FAILURES.toDays()));
        }
        return String.join(" · ", parts);
    }

    private HorizontalLayout actions(UserSummary user) {
        var roles = small(
                getTranslation("users.action.roles"),
                "roles-" + user.username(),
                () -> new RolesDialog(admin, user, this::refresh).open());
        var toggle = small(
                getTranslation(user.enabled() ? "users.action.disable" : "users.action.enable"),
                (user.enabled() ? "disable-" : "enable-") + user.username(),
                () -> {
                    Runnable toggleIt = () -> act(() -> {
                        admin.setEnabled(user.id(), !user.enabled());
                        AccountMessages.showDone(getTranslation(
                                user.enabled() ? "users.done.disabled" : "users.done.enabled", user.username()));
                    });
                    if (user.enabled()) {
                        confirm("disable", user, toggleIt);
                    } else {
                        toggleIt.run();
                    }
                });
        var reset = small(
                getTranslation("users.action.reset-password"),
                "reset-password-" + user.username(),
                () -> confirm(
                        "reset-password",
                        user,
                        () -> act(() -> new TemporaryPasswordDialog(admin.resetPassword(user.id())).open())));
        var layout = new HorizontalLayout(roles, toggle, reset);
        if (user.locked() || user.failedSignIns() > 0) {
            layout.add(small(
                    getTranslation("users.action.unlock"),
                    "unlock-" + user.username(),
                    () -> act(() -> {
                        admin.unlock(user.id());
                        AccountMessages.showDone(getTranslation("users.done.unlocked", user.username()));
                    })));
        }
        layout.setSpacing(false);
        layout.setWrap(true);
        return layout;
    }

    /** Asks before an action the admin cannot take back for the user (a sign-out, a password that stops working). */
    private void confirm(String action, UserSummary user, Runnable confirmed) {
        var dialog = new ConfirmDialog(
                getTranslation("users.confirm." + action + ".title", user.username()),
                getTranslation("users.confirm." + action + ".text", user.username()),
                getTranslation("users.action." + action),
                e -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-" + action);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (AccountRuleException refusal) {
            AccountMessages.showRefusal(this, refusal);
        }
        refresh();
    }

    private static Button small(String text, String id, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private UserFilter filter() {
        return new UserFilter(text.getValue(), role.getValue(), state.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
