package com.propq.dashboard.sync.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.sync.SyncSnapshot;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** The queue's counts by state, the oldest pending change's age and the circuit, as one line of tiles. */
final class SyncSummary extends Div {

    private final Span pending = tile("sync-count-pending");
    private final Span sending = tile("sync-count-sending");
    private final Span parked = tile("sync-count-parked");
    private final Span delivered = tile("sync-count-delivered");
    private final Span oldest = tile("sync-oldest-pending");
    private final Span circuit = tile("sync-circuit");

    private final Duration retryEvery;

    /** {@code retryEvery}: how often PropQ is tried while down, said on the circuit's tile. */
    SyncSummary(Duration retryEvery) {
        this.retryEvery = retryEvery;
        setId("sync-queue-summary");
        addClassName("sync-summary");
        add(
                labelled("sync.summary.pending", pending),
                labelled("sync.summary.sending", sending),
                labelled("sync.summary.parked", parked),
                labelled("sync.summary.delivered", delivered),
                labelled("sync.summary.oldest", oldest),
                labelled("sync.summary.circuit", circuit));
    }

    void show(SyncSnapshot snapshot) {
        pending.setText(Long.toString(snapshot.pending()));
        sending.setText(Long.toString(snapshot.sending()));
        parked.setText(Long.toString(snapshot.parked()));
        delivered.setText(Long.toString(snapshot.deliveredLast24h()));
        oldest.setText(
                snapshot.oldestPendingSince() == null ? "–" : Formats.age(snapshot.oldestPendingAge(Instant.now())));
        circuit.setText(
                snapshot.circuitOpen()
                        ? getTranslation(
                                "sync.circuit.open",
                                Formats.dateTime(snapshot.unreachableSince(), getLocale()),
                                retryEvery.toSeconds())
                        : getTranslation("sync.circuit.closed"));
        circuit.getElement().setAttribute("data-open", Boolean.toString(snapshot.circuitOpen()));
    }

    private Div labelled(String key, Span value) {
        var tile = new Div(new Span(getTranslation(key)), value);
        tile.addClassName("sync-tile");
        return tile;
    }

    private static Span tile(String id) {
        var value = new Span();
        value.setId(id);
        value.addClassName("sync-tile-value");
        return value;
    }
}
