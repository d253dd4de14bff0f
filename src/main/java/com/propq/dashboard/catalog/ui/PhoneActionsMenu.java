package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On a phone the development's actions fold into one "Actions" menu (app.css shows it there instead of the
 * buttons). Each entry does what its button or link does, by clicking it, so there is one place per action.
 */
final class PhoneActionsMenu extends MenuBar {

    private final Map<MenuItem, Component> actionOf = new LinkedHashMap<>();

    PhoneActionsMenu(List<? extends Component> actions) {
        addClassName("phone-actions");
        addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        var root = addItem(getTranslation("development.actions"));
        root.addComponentAsFirst(VaadinIcon.MENU.create());
        var menu = root.getSubMenu();
        for (var action : actions) {
            var item = switch (action) {
                case Button button -> menu.addItem(button.getText(), e -> button.click());
                // A download link: clicked in the browser, where the file is saved.
                case Anchor link ->
                    menu.addItem(
                            link.getElement().getTextRecursively(),
                            e -> link.getElement().executeJs("this.click()"));
                default -> throw new IllegalArgumentException("not an action: " + action);
            };
            actionOf.put(item, action);
        }
        showOnlyVisibleActions();
    }

    /**
     * Shows the entries whose button or link is shown: call it when their visibility changes (with filters on, the
     * export asks which units to export instead of downloading all).
     */
    void showOnlyVisibleActions() {
        actionOf.forEach((item, action) -> item.setVisible(action.isVisible()));
    }
}
