package com.propq.dashboard.publish.ui;

import com.propq.dashboard.base.ui.PublishStatusLabel;
import com.propq.dashboard.publish.PublishRequest;
import com.propq.dashboard.publish.PublishState;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A request's state as a badge: a finished request shows PropQ's final DevStatus by its label (an unknown one as
 * received, marked as PropQ's word); the others their state, with PropQ's answer as the tooltip of a failure.
 */
public final class PublishBadge extends Span {

    public PublishBadge(PublishRequest request) {
        setText(text(request));
        addClassNames(
                "publish-badge",
                "publish-" + request.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (request.error() != null) {
            setTitle(request.error());
        }
    }

    private String text(PublishRequest request) {
        if (request.state() == PublishState.FINISHED && request.lastStatus() != null) {
            return PublishStatusLabel.of(this, request.lastStatus());
        }
        return PublishStatusLabel.of(this, request.state().name());
    }
}
