package com.propq.dashboard.shell;

import com.propq.dashboard.users.UserAccountService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each new page of a signed-in user speaks the language stored with their account, so the choice
 * follows them to every browser and instance; before sign-in the browser's language is used.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final UserAccountService accounts;

    UserLocaleInitializer(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(uiInit -> accounts.currentUser().ifPresent(user -> {
                    uiInit.getUI().getSession().setLocale(user.locale());
                    uiInit.getUI().setLocale(user.locale());
                }));
    }
}
