package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitEditConflictException;
import com.propq.dashboard.catalog.UnitRules;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.history.ui.HistoryGrid;
import com.propq.dashboard.sync.SyncState;
import com.propq.dashboard.sync.SyncStatusService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The unit side panel around the {@link UnitForm}: its tabs (details, history), a save that never loses the
 * user's input, and a clear conflict when someone else saved first.
 */
final class UnitEditor extends VerticalLayout {

    private final CatalogEditService editing;
    private final SyncStatusService sync;
    private final boolean canEdit;
    private final Consumer<UnitDetails> onSaved;
    private final LongFunction<Optional<UnitDetails>> reload;

    final UnitForm form;
    final Button save = new Button();
    private final H3 title = new H3();
    private final HorizontalLayout badgeSlot = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    // Built when its tab is first shown: most edits never open a unit's history.
    private final BuiltWhenShown<HistoryGrid> historyGrid;
    private final LeavePagePrompt leavePagePrompt = new LeavePagePrompt(this);

    private long developmentId;
    private @Nullable UnitDetails editing0;

    UnitEditor(
            CatalogEditService editing,
            SyncStatusService sync,
            UnitRules rules,
            HistoryService history,
            ZoneId zone,
            boolean canEdit,
            LongFunction<Optional<UnitDetails>> reload,
            Consumer<UnitDetails> onSaved,
            Runnable onClose) {
        this.editing = editing;
        this.sync = sync;
        this.canEdit = canEdit;
        this.reload = reload;
        this.onSaved = onSaved;
        addClassName("unit-editor");
        // Its width comes from app.css (beside the grid, over it, or the whole phone), not VerticalLayout's 100%.
        setWidth(null);
        setId("unit-editor");
        setPadding(true);
        form = new UnitForm(rules);
        form.addChangeListener(this::showUnsavedChanges);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("unit-save");
        save.addClickListener(e -> save());
        var close = new Button(getTranslation("action.close"), e -> onClose.run());
        close.setId("unit-close");
        var buttons = new HorizontalLayout(save, close);
        save.setVisible(canEdit);
        badgeSlot.addClassName("unit-editor-badge");
        var details = new VerticalLayout(form, buttons);
        details.setPadding(false);
        historyGrid = new BuiltWhenShown<>(() -> {
            var grid = new HistoryGrid(
                    history,
                    () -> editing0 == null ? HistoryFilter.ofUnit(-1) : HistoryFilter.ofUnit(editing0.id()),
                    zone,
                    null);
            grid.getContent().setHeight("28rem");
            return grid;
        });
        tabs.add(getTranslation("unit.tab.details"), details);
        tabs.add(getTranslation("unit.tab.history"), historyGrid);
        tabs.setWidthFull();
        add(new HorizontalLayout(title, badgeSlot), tabs);
    }

    /** Shows the open unit as it is now, after a change made elsewhere (a bulk change, an import, an undo). */
    void reloadIfOpen() {
        if (isVisible() && editing0 != null) {
            reload.apply(editing0.id()).ifPresent(this::edit);
        }
    }

    /** The name of the saved unit shown; null while closed or creating a unit. */
    @Nullable
    String unitName() {
        return isVisible() && editing0 != null ? editing0.name() : null;
    }

    boolean isCreating() {
        return isVisible() && editing0 == null;
    }

    /** Whether closing the editor now would throw away something the user typed. */
    boolean hasUnsavedChanges() {
        return isVisible() && canEdit && form.hasChanges();
    }

    void close() {
        setVisible(false);
        showUnsavedChanges();
    }

    private void showUnsavedChanges() {
        leavePagePrompt.set(hasUnsavedChanges());
    }

    void edit(UnitDetails unit) {
        editing0 = unit;
        historyGrid.ifBuilt(HistoryGrid::refresh);
        developmentId = unit.developmentId();
        title.setText(unit.name());
        var state = sync.unitState(unit.id());
        showBadge(state);
        form.read(unit.name(), unit.values(), canEdit);
        showPropqFieldErrors(state);
        setVisible(true);
        showUnsavedChanges();
    }

    void create(long developmentId) {
        editing0 = null;
        tabs.setSelectedIndex(0);
        historyGrid.ifBuilt(HistoryGrid::refresh);
        this.developmentId = developmentId;
        title.setText(getTranslation("unit.new"));
        badgeSlot.removeAll();
        form.readNew(new UnitValues(
                UnitStatus.AVAILABLE,
                BigDecimal.ZERO,
                EnumSet.noneOf(Direction.class),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        setVisible(true);
        showUnsavedChanges();
    }

    private void save() {
        form.clearProblems();
        var checked = form.values();
        if (checked.isEmpty()) {
            return;
        }
        var values = checked.get();
        try {
            var saved = editing0 == null
                    ? editing.createUnit(developmentId, form.name.getValue(), values)
                    : editing.saveUnit(editing0.id(), editing0.version(), values, form.changeReason());
            Notification.show(getTranslation("unit.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            edit(saved);
            onSaved.accept(saved);
        } catch (CatalogValidationException e) {
            e.problems().stream()
                    .filter(problem -> !form.showProblem(problem))
                    .forEach(problem -> Notification.show(Problems.describe(this, problem)));
        } catch (UnitEditConflictException e) {
            showConflict(e.current(), values);
        } catch (OptimisticLockingFailureException e) {
            if (editing0 == null) {
                throw e; // a new unit has no version to lose against
            }
            reload.apply(editing0.id()).ifPresent(current -> showConflict(current, values));
        }
    }

    /** Their values beside the user's; the user's input stays in the form whatever they choose. */
    private void showConflict(UnitDetails theirs, UnitValues mine) {
        new UnitConflictDialog(
                        theirs,
                        mine,
                        () -> {
                            // Keep mine: take their version as the base, so the next save knowingly replaces it.
                            editing0 = theirs;
                            form.judgeAgainst(theirs.values());
                            showBadge(sync.unitState(theirs.id()));
                            save();
                        },
                        () -> edit(theirs))
                .open();
    }

    // --- PropQ's answer, live from the delivery engine ------------------------------------------------------

    /** The open unit's sync state may have changed: reads it again (nothing while creating a unit). */
    void refreshSync() {
        if (editing0 != null) {
            showSync(sync.unitState(editing0.id()));
        }
    }

    /** The unit's sync state changed: a new badge, and a parked 422's field errors next to their fields. */
    void showSync(SyncState state) {
        showBadge(state);
        showPropqFieldErrors(state);
    }

    private void showBadge(SyncState sync) {
        badgeSlot.removeAll();
        badgeSlot.add(new SyncBadgeLabel(sync));
    }

    private void showPropqFieldErrors(SyncState sync) {
        sync.fieldErrors().forEach((propqField, messages) -> {
            var field = PropqUnitFields.editorField(propqField);
            if (field != null) {
                form.showPropqProblem(field, messages);
            }
        });
    }
}
