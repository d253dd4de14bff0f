package com.propq.dashboard.catalog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A tab's content, built the first time its tab is shown (a tab sheet attaches only the selected tab's content)
 * rather than with the page. Most visits to a development page never open its other tabs, and every open page keeps
 * what it built in the server's memory until it closes.
 */
final class BuiltWhenShown<C extends Component> extends Div {

    private final Supplier<C> build;
    private @Nullable C content;

    BuiltWhenShown(Supplier<C> build) {
        this.build = build;
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (content == null) {
            var built = build.get();
            content = built;
            add(built);
        }
    }

    /** Acts on the content once it is built; before that there is nothing to update (it reads all when built). */
    void ifBuilt(Consumer<C> action) {
        if (content != null) {
            action.accept(content);
        }
    }
}
