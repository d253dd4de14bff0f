package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.TemporaryPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shows a generated password once; after closing it nobody can see it again, not even an admin. */
class TemporaryPasswordDialog extends Dialog {

    // The clipboard API needs a secure context (https or localhost) and the page's focus; where it is refused, the
    // password is selected instead, so Ctrl+C copies it. Resolves true when copied, false when only selected.
    private static final String COPY_OR_SELECT = """
            const select = () => {
              const range = document.createRange();
              range.selectNodeContents($1);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return false;
            };
            if (!navigator.clipboard || !window.isSecureContext) {
              return select();
            }
            return navigator.clipboard.writeText($0).then(() => true, select);
            """;

    TemporaryPasswordDialog(TemporaryPassword temporary) {
        setHeaderTitle(getTranslation("users.temporary.title", temporary.username()));
        var password = new Span(temporary.password());
        password.addClassName("credential");
        password.setId("temporary-password");
        var copy = new Button(getTranslation("users.temporary.copy"), VaadinIcon.COPY.create());
        copy.setAriaLabel(getTranslation("users.temporary.copy.name"));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setId("temporary-password-copy");
        copy.addClickListener(e -> password.getElement()
                .executeJs(COPY_OR_SELECT, temporary.password(), password.getElement())
                .then(
                        Boolean.class,
                        copied -> AccountMessages.showDone(getTranslation(
                                Boolean.TRUE.equals(copied) ? "users.temporary.copied" : "users.temporary.selected"))));
        add(new Paragraph(getTranslation("users.temporary.text")), new Paragraph(password, copy));
        var close = new Button(getTranslation("users.temporary.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("temporary-password-close");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
