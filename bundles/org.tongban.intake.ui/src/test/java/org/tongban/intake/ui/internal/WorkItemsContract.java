package org.tongban.intake.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.internal.IntakeEvents;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.work.WorkItem;
import org.tongban.platform.api.work.WorkUrgency;
import org.tongban.testing.Jinan;

/** Intake's lines of the console home's 我的待办, on intake's real services. */
abstract class WorkItemsContract extends ConsoleTestBase {

    private IntakeWorkItems source() {
        return new IntakeWorkItems(f.queries, f.access);
    }

    /** The working-time engine's overdue event for the case's clock, as intake's handler receives it. */
    private void overdue(IntakeCase c) throws Exception {
        Instant at = Instant.parse("2026-03-16T09:30:00Z");
        new IntakeEvents(f.db)
                .handle(new DomainEvent(
                        0,
                        "worktime/OVERDUE",
                        "clock/1",
                        Map.of("objectType", "intake", "objectId", c.number(), "firedAt", at.toString()),
                        at));
    }

    @Test
    void aReviewerSeesTheJurisdictionsOverdueCasesFirstAndTheCasesTheyHold() throws Exception {
        IntakeCase late = acceptedCase();
        IntakeCase held = acceptedCase();
        overdue(late);
        f.asReviewer();
        f.service.claim(held.number(), held.version());

        assertThat(source().items())
                .extracting(WorkItem::titleKey, WorkItem::count, WorkItem::link, WorkItem::urgency)
                .containsExactly(
                        tuple("intake.ui.work.overdue", 1L, "console/intake/overdue", WorkUrgency.OVERDUE),
                        tuple("intake.ui.work.myQueue", 1L, "console/intake/my", WorkUrgency.NORMAL));

        f.asWindowClerk();
        assertThat(source().items())
                .as("the window clerk holds no case for review")
                .extracting(WorkItem::titleKey)
                .containsExactly("intake.ui.work.overdue");
    }

    @Test
    void aUserWithoutIntakeRightsAtTheirJurisdictionHasNoIntakeWork() throws Exception {
        overdue(acceptedCase());

        f.access.actAs("city.clerk", Jinan.JINAN, "catalogue:read");
        assertThat(source().items()).isEmpty();
        f.access.logOut();
        assertThat(source().items()).isEmpty();
    }
}
