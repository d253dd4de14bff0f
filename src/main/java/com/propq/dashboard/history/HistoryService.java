package com.propq.dashboard.history;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.SpreadsheetCells;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the change history: who changed what, when, from what to what, why, and whether PropQ
 * got it. Read-only by design: nothing here (or anywhere) updates or deletes history.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class HistoryService {

    private static final int EXPORT_CHUNK = 500;

    private final HistoryQueries queries;
    private final UnitDeliveries sync;
    private final ObjectProvider<BatchUndo> undo;

    HistoryService(HistoryQueries queries, UnitDeliveries sync, ObjectProvider<BatchUndo> undo) {
        this.queries = queries;
        this.sync = sync;
        this.undo = undo;
    }

    /** Undoes a whole batch (bulk change, import or undo) as a new recorded, queued batch. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public void undoBatch(UUID batchId) {
        undo.getObject().undo(batchId);
    }

    /** A page of entries, newest first, each with its delivery outcome. */
    public List<HistoryRow> page(HistoryFilter filter, int offset, int limit) {
        return withDelivery(queries.page(filter, seesUserAdministration(), offset, limit));
    }

    /** The filtered entries as CSV (UTF-8, RFC 4180, times in UTC ISO-8601), streamed in chunks. */
    public void exportCsv(HistoryFilter filter, OutputStream out) {
        try {
            var printer = new CSVPrinter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(
                                    "occurred_at",
                                    "actor",
                                    "kind",
                                    "entity_type",
                                    "entity",
                                    "development_id",
                                    "unit_id",
                                    "field",
                                    "old_value",
                                    "new_value",
                                    "reason",
                                    "batch_id",
                                    "delivery",
                                    "delivered_at",
                                    "propq_answer")
                            .get());
            var chunk = new ArrayList<HistoryRow>(EXPORT_CHUNK);
            queries.forEach(filter, seesUserAdministration(), row -> {
                chunk.add(row);
                if (chunk.size() == EXPORT_CHUNK) {
                    print(printer, withDelivery(chunk));
                    chunk.clear();
                }
            });
            print(printer, withDelivery(chunk));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lockouts, role and password changes are the admins' business only. */
    private static boolean seesUserAdministration() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }

    private static void print(CSVPrinter printer, List<HistoryRow> rows) {
        try {
            for (var r : rows) {
                // Texts come from users and from PropQ's answers: none may run as a spreadsheet formula.
                printer.printRecord(Stream.of(
                                r.occurredAt(),
                                r.actor(),
                                r.kind(),
                                r.entityType(),
                                r.entityLabel(),
                                r.developmentId(),
                                r.unitId(),
                                r.field(),
                                r.oldValue(),
                                r.newValue(),
                                r.reason(),
                                r.batchId(),
                                r.delivery().state(),
                                r.delivery().deliveredAt(),
                                r.delivery().answer() == null
                                        ? null
                                        : r.delivery().status() + " "
                                                + r.delivery().answer())
                        .map(SpreadsheetCells::write));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<HistoryRow> withDelivery(List<HistoryRow> rows) {
        var unitIds = rows.stream()
                .filter(r -> sent(r) != null)
                .map(HistoryRow::unitId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, UnitDelivery> deliveries = sync.deliveries(unitIds);
        var delivered = new LinkedHashSet<UnitVersion>();
        for (var row : rows) {
            var sent = sent(row);
            if (sent != null
                    && outcome(row, deliveries.get(sent.unitId()), null).state() == DeliveryOutcome.State.DELIVERED) {
                delivered.add(sent);
            }
        }
        var times = sync.firstDeliveries(delivered);
        return rows.stream()
                .map(r -> {
                    var sent = sent(r);
                    return r.withDelivery(outcome(
                            r,
                            sent == null ? null : deliveries.get(sent.unitId()),
                            sent == null ? null : times.get(sent)));
                })
                .toList();
    }

    /** The unit version a change sent to PropQ; null for a change PropQ never hears of. */
    private static @Nullable UnitVersion sent(HistoryRow row) {
        var unitId = row.unitId();
        var version = row.unitVersion();
        return row.entityType() == HistoryEntityType.UNIT && unitId != null && version != null
                ? new UnitVersion(unitId, version)
                : null;
    }

    /**
     * A change is delivered once PropQ accepted the unit at this change's version or a later one
     * (every payload is the unit's full state, so a later one includes it).
     */
    static DeliveryOutcome outcome(HistoryRow row, @Nullable UnitDelivery delivery, @Nullable Instant deliveredAt) {
        var sent = sent(row);
        if (sent == null || delivery == null) {
            return DeliveryOutcome.NOT_APPLICABLE;
        }
        if (delivery.deliveredVersion() != null && delivery.deliveredVersion() >= sent.version()) {
            return new DeliveryOutcome(
                    DeliveryOutcome.State.DELIVERED,
                    deliveredAt != null ? deliveredAt : delivery.deliveredAt(),
                    null,
                    null);
        }
        if (delivery.queued() == UnitDelivery.Queued.PARKED) {
            return new DeliveryOutcome(DeliveryOutcome.State.PARKED, null, delivery.lastStatus(), delivery.lastError());
        }
        if (delivery.queued() != null) {
            return new DeliveryOutcome(DeliveryOutcome.State.PENDING, null, null, null);
        }
        return new DeliveryOutcome(DeliveryOutcome.State.NOT_SENT, null, null, null);
    }
}
