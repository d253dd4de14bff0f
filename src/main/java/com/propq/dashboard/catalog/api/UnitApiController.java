package com.propq.dashboard.catalog.api;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitEditConflictException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unit edits over HTTP for scripts, off unless {@code app.api.enabled}: the same service call as the unit
 * editor, so the same rules, role checks, change history and outbox row. Errors: {@link UnitApiErrors}.
 */
@RestController
@RequestMapping("/api/v1/units")
@ConditionalOnBooleanProperty("app.api.enabled")
class UnitApiController {

    private final CatalogService catalog;
    private final CatalogEditService editing;

    UnitApiController(CatalogService catalog, CatalogEditService editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @GetMapping("/{id}")
    UnitJson unit(@PathVariable long id) {
        return UnitJson.of(find(id));
    }

    // No "consumes": a body of another type is refused while reading it, where UnitApiErrors answers in JSON.
    @PatchMapping("/{id}")
    UnitJson edit(@PathVariable long id, @RequestBody UnitPatch patch) {
        var problems = patch.problems();
        var expectedVersion = patch.expectedVersion();
        if (!problems.isEmpty() || expectedVersion == null) { // a missing version is one of the problems
            throw new CatalogValidationException(problems);
        }
        var current = find(id);
        // The absent fields take this version's values, so an edit on an older version must not get as far as
        // saving: it would put those old values back.
        if (current.version() != expectedVersion) {
            throw new UnitEditConflictException(current);
        }
        try {
            return UnitJson.of(editing.saveUnit(id, expectedVersion, patch.applyTo(current.values()), patch.reason()));
        } catch (OptimisticLockingFailureException e) {
            // Someone saved between the version check and this save's commit: a conflict, as in the editor.
            throw new UnitEditConflictException(find(id));
        }
    }

    private UnitDetails find(long id) {
        return catalog.unit(id).orElseThrow(() -> new UnitApiErrors.NoSuchUnit(id));
    }
}
