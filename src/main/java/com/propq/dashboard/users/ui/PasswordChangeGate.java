package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountAuthorities;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a user with a temporary password to {@link ChangePasswordView} from any page. It runs before
 * Vaadin's access control, which would otherwise answer "not found": such a user holds no role yet.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new Gate()));
    }

    @ListenerPriority(100)
    static final class Gate implements BeforeEnterListener {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (event.getNavigationTarget() != ChangePasswordView.class
                    && event.getNavigationTarget() != LoginView.class
                    && mustChangePassword()) {
                event.forwardTo(ChangePasswordView.class);
            }
        }

        private static boolean mustChangePassword() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> AccountAuthorities.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
        }
    }
}
