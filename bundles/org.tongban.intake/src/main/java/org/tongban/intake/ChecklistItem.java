package org.tongban.intake;

import java.time.Instant;

/**
 * One material of a case's checklist.
 *
 * @param name the material's name as the pinned guide version names it
 * @param state where it stands
 * @param supplyDue for a {@link MaterialState#TOLERATED} material: by when it must be supplied, else null
 * @param suppliedAt when a tolerated material was supplied, else null
 */
public record ChecklistItem(String name, MaterialState state, Instant supplyDue, Instant suppliedAt) {

    /** An item in a state without deadline. */
    public static ChecklistItem of(String name, MaterialState state) {
        return new ChecklistItem(name, state, null, null);
    }
}
