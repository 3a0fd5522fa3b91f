package org.tongban.helpdesk;

import java.util.List;

/** The states of the {@code helpdesk} workflow table. */
public final class HelpStates {
    /** Registered, nobody answers for it yet. */
    public static final String NEW = "NEW";

    /** Assigned to a helper, who has not taken it yet. */
    public static final String ASSIGNED = "ASSIGNED";

    /** Taken: the owner answers for it (首问负责) and its clock runs. */
    public static final String HANDLING = "HANDLING";

    /** Suspended with a reason; the clock stands still. */
    public static final String SUSPENDED = "SUSPENDED";

    /** Done (办结). */
    public static final String COMPLETED = "COMPLETED";

    /** Ended without completion (终止), or withdrawn before anyone took it. */
    public static final String TERMINATED = "TERMINATED";

    /** The states in which a request counts towards its owner's load. */
    public static final List<String> OPEN = List.of(ASSIGNED, HANDLING, SUSPENDED);

    private HelpStates() {}
}
