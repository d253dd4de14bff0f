package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;

/**
 * On a phone the development's actions fold into one "Actions" menu (app.css shows it there instead of the
 * buttons). Each entry does what its button or link does, by clicking it, so there is one place per action.
 */
final class PhoneActionsMenu extends MenuBar {

    PhoneActionsMenu(List<? extends Component> actions) {
        addClassName("phone-actions");
        addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        var root = addItem(getTranslation("development.actions"));
        root.addComponentAsFirst(VaadinIcon.MENU.create());
        var menu = root.getSubMenu();
        for (var action : actions) {
            if (!action.isVisible()) {
                continue;
            }
            switch (action) {
                case Button button -> menu.addItem(button.getText(), e -> button.click());
                // A download link: clicked in the browser, where the file is saved.
                case Anchor link ->
                    menu.addItem(
                            link.getElement().getTextRecursively(),
                            e -> link.getElement().executeJs("this.click()"));
                default -> throw new IllegalArgumentException("not an action: " + action);
            }
        }
    }
}
