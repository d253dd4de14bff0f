package com.propq.dashboard.sync.ui;

import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.sync.DeliveryProgress;
import com.propq.dashboard.sync.DeliveryProgressBoard;
import com.propq.dashboard.sync.DeliveryProgressUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * "3,412 of 10,000 sent, about 2 min left": how far the large changes (bulk changes, imports, undos) have reached
 * PropQ, live, and gone once all is delivered. Reads the shared {@link DeliveryProgressUpdates}, so a page showing it
 * costs no query of its own.
 */
public final class DeliveryProgressLine extends Span {

    private final DeliveryProgressUpdates updates;
    private final Function<DeliveryProgressBoard, DeliveryProgress> pick;

    private DeliveryProgressLine(
            DeliveryProgressUpdates updates, Function<DeliveryProgressBoard, DeliveryProgress> pick, String id) {
        this.updates = updates;
        this.pick = pick;
        setId(id);
        addClassName("delivery-progress");
        // Read out when it changes, without taking the reader's focus.
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** The development's own batches; {@code developmentId} is read at each update (the page may show another). */
    public static DeliveryProgressLine forDevelopment(DeliveryProgressUpdates updates, LongSupplier developmentId) {
        return new DeliveryProgressLine(
                updates, board -> board.of(developmentId.getAsLong()), "development-delivery-progress");
    }

    /** Every development's batches together, for the sync queue. */
    public static DeliveryProgressLine forAllDevelopments(DeliveryProgressUpdates updates) {
        return new DeliveryProgressLine(updates, DeliveryProgressBoard::all, "sync-delivery-progress");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show(updates.current());
        var ui = event.getUI();
        UntilDetached.keep(event, updates.subscribe(board -> ui.access(() -> show(board))));
    }

    private void show(DeliveryProgressBoard board) {
        var progress = pick.apply(board);
        setVisible(progress.underway());
        if (progress.underway()) {
            setText(text(this, progress));
        }
    }

    /** The line's words, in the reader's language and number format. */
    static String text(Component translator, DeliveryProgress progress) {
        return progress.timeLeft()
                .map(left -> translator.getTranslation(
                        "sync.progress.sent-left", progress.sent(), progress.total(), timeLeft(translator, left)))
                .orElseGet(() -> translator.getTranslation("sync.progress.sent", progress.sent(), progress.total()));
    }

    static String timeLeft(Component translator, Duration left) {
        var rounded = RoundedTimeLeft.of(left);
        return translator.getTranslation(rounded.key(), rounded.values().toArray());
    }

    /**
     * A time left as the line words it, rounded up as an estimate should be: "about 40 s left" (to 5 s below a
     * minute), "about 2 min left", "about 1 h 5 min left".
     */
    record RoundedTimeLeft(String key, List<Long> values) {

        static RoundedTimeLeft of(Duration left) {
            var seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            if (seconds < 60) {
                return new RoundedTimeLeft("sync.progress.left.seconds", List.of((seconds + 4) / 5 * 5));
            }
            var minutes = (seconds + 59) / 60;
            if (minutes < 60) {
                return new RoundedTimeLeft("sync.progress.left.minutes", List.of(minutes));
            }
            return new RoundedTimeLeft("sync.progress.left.hours", List.of(minutes / 60, minutes % 60));
        }
    }
}
