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
 */
public record ImportResult(
        List<ValidationError> errors,
        int created,
        int updated,
        int unchanged,
        int departmentsChanged,
        int faqsChanged,
        int lifeEventsChanged) {
    public ImportResult {
        errors = List.copyOf(errors);
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
