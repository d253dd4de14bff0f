package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.TemporaryPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a generated password once; after closing it nobody can see it again, not even an admin. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(TemporaryPassword temporary) {
        setHeaderTitle(getTranslation("users.temporary.title", temporary.username()));
        var password = new Span(temporary.password());
        password.addClassName("credential");
        password.setId("temporary-password");
        add(new Paragraph(getTranslation("users.temporary.text")), new Paragraph(password));
        var close = new Button(getTranslation("users.temporary.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("temporary-password-close");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
