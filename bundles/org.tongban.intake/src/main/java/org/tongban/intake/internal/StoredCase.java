package org.tongban.intake.internal;

import org.tongban.intake.IntakeCase;

/**
 * A case as stored, unmasked, with the facts of its pinned guide version that later steps need.
 *
 * @param full the case with the applicant's and agent's identifiers in full
 * @param matterType the matter's type (a {@code MatterType} name), for the clock's reports
 * @param limitAmount the promised limit's amount
 * @param limitUnit the promised limit's unit (a working-time unit name)
 * @param extensionCount how many extensions the matter allows, 0 when none
 * @param extensionAmount by how much each may extend
 * @param extensionsUsed how many were granted
 */
record StoredCase(
        IntakeCase full,
        String matterType,
        int limitAmount,
        String limitUnit,
        int extensionCount,
        int extensionAmount,
        int extensionsUsed) {

    String number() {
        return full.number();
    }

    String processing() {
        return full.processingJurisdiction();
    }

    String receiving() {
        return full.receivingJurisdiction();
    }

    /**
     * The case with the workflow's state and version, which a step the system took by itself (deemed acceptance) may
     * have moved before the case row heard of it.
     */
    StoredCase current(java.util.Optional<org.tongban.platform.workflow.WorkflowState> workflow) {
        if (workflow.isEmpty() || workflow.get().version() <= full.version()) {
            return this;
        }
        IntakeCase c = full;
        IntakeCase moved = new IntakeCase(
                c.number(),
                c.matterCode(),
                c.matterName(),
                c.guideVersion(),
                c.departmentCode(),
                c.applicant(),
                c.agent(),
                c.channel(),
                c.receivingJurisdiction(),
                c.processingJurisdiction(),
                c.answers(),
                c.checklist(),
                workflow.get().state(),
                workflow.get().version(),
                c.groupId(),
                c.assignee(),
                c.pledge(),
                c.receivedAt());
        return new StoredCase(
                moved, matterType, limitAmount, limitUnit, extensionCount, extensionAmount, extensionsUsed);
    }

    /** The case as anyone with the read permission may see it. */
    IntakeCase masked() {
        IntakeCase c = full;
        return new IntakeCase(
                c.number(),
                c.matterCode(),
                c.matterName(),
                c.guideVersion(),
                c.departmentCode(),
                c.applicant().masked(),
                c.agent() == null ? null : c.agent().masked(),
                c.channel(),
                c.receivingJurisdiction(),
                c.processingJurisdiction(),
                c.answers(),
                c.checklist(),
                c.state(),
                c.version(),
                c.groupId(),
                c.assignee(),
                c.pledge(),
                c.receivedAt());
    }
}
