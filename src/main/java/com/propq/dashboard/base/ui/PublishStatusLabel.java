package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * How a publish status reads wherever it is shown (badges, the timeline, the Overview, History): a request's own
 * states and the DevStatus values the PropQ API document names, by their label in the reader's language; any
 * other DevStatus exactly as PropQ sent it, marked as PropQ's word. Here rather than in publish because History,
 * which publish writes to, shows these statuses too.
 */
public final class PublishStatusLabel {

    private static final Set<String> LABELLED =
            Set.of("QUEUED", "PUBLISHING", "PUBLISHED", "FINISHED", "FAILED", "TIMED_OUT");

    private PublishStatusLabel() {}

    public static String of(Component translator, String status) {
        return LABELLED.contains(status)
                ? translator.getTranslation("publish.state." + status)
                : translator.getTranslation("publish.state.propq", status);
    }
}
