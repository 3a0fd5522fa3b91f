package org.tongban.catalogue;

import java.util.List;

/**
 * What an import did, or why it did nothing.
 *
 * @param errors every problem found; when not empty nothing was changed and all counts are 0
 * @param created matters that did not exist before
 * @param updated matters that got a new version (or were published)
 * @param unchanged matters whose current version already had this content and status
 * @param departmentsChanged departments created or changed
 * @param faqsChanged FAQ entries created or changed
 * @param lifeEventsChanged life events created or changed
 * @param warnings what was read with an assumption (an older file's limits taken as working days ...), located like
 *     the errors; they do not stop the import
 */
public record ImportResult(
        List<ValidationError> errors,
        int created,
        int updated,
        int unchanged,
        int departmentsChanged,
        int faqsChanged,
        int lifeEventsChanged,
        List<ValidationError> warnings) {
    public ImportResult {
        errors = List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public ImportResult(
            List<ValidationError> errors,
            int created,
            int updated,
            int unchanged,
            int departmentsChanged,
            int faqsChanged,
            int lifeEventsChanged) {
        this(errors, created, updated, unchanged, departmentsChanged, faqsChanged, lifeEventsChanged, List.of());
    }

    /** The same result with warnings. */
    public ImportResult withWarnings(List<ValidationError> warnings) {
        return new ImportResult(
                errors, created, updated, unchanged, departmentsChanged, faqsChanged, lifeEventsChanged, warnings);
    }

    /** Whether the import succeeded. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Whether the import changed anything at all. */
    public boolean changedAnything() {
        return created + updated + departmentsChanged + faqsChanged + lifeEventsChanged > 0;
    }

    /** A failed import. */
    public static ImportResult failed(List<ValidationError> errors) {
        return new ImportResult(errors, 0, 0, 0, 0, 0, 0);
    }
}
