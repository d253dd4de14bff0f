package com.propq.dashboard.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus our plain CSS from {@code frontend/styles}, with no npm build; server push
 * for live progress and sync state.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("PropQ Dashboard");
        settings.addFavIcon("icon", "images/favicon.svg", "32x32");
    }
}
