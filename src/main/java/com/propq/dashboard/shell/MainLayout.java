package com.propq.dashboard.shell;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.infra.AppMode;
import com.propq.dashboard.propq.PropqMode;
import com.propq.dashboard.sync.SyncQueueService;
import com.propq.dashboard.sync.SyncUpdates;
import com.propq.dashboard.sync.ui.SyncOutageBanner;
import com.propq.dashboard.users.CurrentUser;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserLanguages;
import com.propq.dashboard.users.ui.AccountView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The frame of every signed-in page: side navigation by role, the user, language and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SyncQueueService syncQueue;
    private final boolean mayQueueChanges;

    MainLayout(
            UserAccountService accounts,
            AuthenticationContext authentication,
            AppMode mode,
            SyncUpdates sync,
            SyncQueueService syncQueue) {
        this.syncQueue = syncQueue;
        this.mayQueueChanges = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        var title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        header.addToEnd(userArea(accounts, authentication));
        var top = new Div(header);
        top.addClassName("app-top");
        if (mode.propqMode() == PropqMode.SANDBOX) {
            top.add(sandboxBanner());
        }
        top.add(new SyncOutageBanner(sync));
        addToNavbar(top);
        addToDrawer(navigation());
    }

    /** The changes of this user that PropQ refused since their last page, each told once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (mayQueueChanges) {
            syncQueue.takeMyParkedNotices().forEach(notice -> new ParkedChangeNotice(notice).open());
        }
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("app-nav");
        // Menu entries come filtered by the views' access annotations: a role sees only what it may open.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                var parts = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(parts[0], parts[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userArea(UserAccountService accounts, AuthenticationContext authentication) {
        var area = new HorizontalLayout();
        area.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        area.addClassName("app-user");
        accounts.currentUser().map(CurrentUser::displayName).ifPresent(name -> {
            // The user's name opens their own account page (name, language, password).
            var user = new RouterLink(AccountView.class);
            user.add(VaadinIcon.USER.create(), new Span(name));
            user.addClassName("app-user-name");
            user.getElement().setAttribute("title", getTranslation("account.title"));
            user.setId("account-link");
            area.add(user);
        });
        var language = new Select<Locale>();
        language.setItems(UserLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(UserLanguages.of(getLocale().getLanguage()));
        language.setAriaLabel(getTranslation("language.label"));
        language.setId("language-switch");
        language.addClassName("language-switch");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accounts.changeLanguage(e.getValue());
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        var signOut = new Button(
                getTranslation("action.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        signOut.setAriaLabel(getTranslation("action.sign-out"));
        area.add(language, signOut);
        return area;
    }

    private Div sandboxBanner() {
        var banner = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("banner.sandbox")));
        banner.addClassName("sandbox-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
