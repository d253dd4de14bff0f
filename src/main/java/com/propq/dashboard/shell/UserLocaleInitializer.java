package com.propq.dashboard.shell;

import com.propq.dashboard.base.ui.ViewerLocale;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserLanguages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each new page of a signed-in user speaks the language stored with their account, so the choice
 * follows them to every browser and instance; before sign-in the browser's language is used. Dates and
 * numbers follow the region the user chose, else the browser's ({@link ViewerLocale}).
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final UserAccountService accounts;

    UserLocaleInitializer(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            var browser = ViewerLocale.browser(VaadinRequest.getCurrent());
            var locale = accounts.currentUser()
                    .map(user -> ViewerLocale.of(user.locale(), user.region(), browser))
                    .orElseGet(() -> ViewerLocale.of(
                            UserLanguages.of(browser == null ? "en" : browser.getLanguage()), null, browser));
            uiInit.getUI().getSession().setLocale(locale);
            uiInit.getUI().setLocale(locale);
        });
    }
}
