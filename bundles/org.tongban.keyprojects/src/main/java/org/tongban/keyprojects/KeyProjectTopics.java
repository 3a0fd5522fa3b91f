package org.tongban.keyprojects;

/** The topics the green channel publishes to the outbox, each with the project's id and code in its payload. */
public final class KeyProjectTopics {
    /** A project was created or its plan changed. */
    public static final String SAVED = "keyprojects/SAVED";

    /** A case was linked to a project ({@code automatic} true when found by the owner's credit code). */
    public static final String CASE_LINKED = "keyprojects/CASE_LINKED";

    /** A stage came within its warning period with its matters not all decided. */
    public static final String STAGE_AT_RISK = "keyprojects/STAGE_AT_RISK";

    /** A stage passed its target date with its matters not all decided. */
    public static final String STAGE_LATE = "keyprojects/STAGE_LATE";

    /** A joint meeting was called. */
    public static final String MEETING = "keyprojects/MEETING";

    private KeyProjectTopics() {}
}
