package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.Roles;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** The users and their roles (admins only); editing arrives with the users issue. */
@Route("users")
@Menu(title = "nav.users", order = 4, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserAccountService accounts) {
        setSizeFull();
        var grid = new Grid<UserSummary>();
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username"));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.display-name"));
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email"));
        grid.addColumn(u -> u.roles().stream().map(Role::name).map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation("language." + u.language())).setHeader(getTranslation("users.language"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.state"));
        grid.setItems(q -> accounts.users(q.getOffset(), q.getLimit()).stream(), q -> accounts.countUsers());
        grid.setSizeFull();
        add(new H2(getTranslation("nav.users")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
