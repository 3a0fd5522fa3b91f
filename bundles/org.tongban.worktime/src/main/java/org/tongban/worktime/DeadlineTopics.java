package org.tongban.worktime;

/**
 * The domain events a clock publishes (see {@code org.tongban.platform.api.events}), once per clock and kind, in the
 * transaction that records them in the clock's history. Aggregate {@code clock/<id>}; payload keys below.
 */
public final class DeadlineTopics {
    /** The warning threshold passed. */
    public static final String WARNING = "worktime/WARNING";

    /** The deadline passed. */
    public static final String OVERDUE = "worktime/OVERDUE";

    public static final String CLOCK_ID = "clockId";
    public static final String OBJECT_TYPE = "objectType";
    public static final String OBJECT_ID = "objectId";
    public static final String JURISDICTION = "jurisdictionCode";
    public static final String DEADLINE = "deadline";
    public static final String FIRED_AT = "firedAt";

    private DeadlineTopics() {}

    /** The topic of a deadline event of this kind. */
    public static String of(DeadlineStatus kind) {
        return kind == DeadlineStatus.OVERDUE ? OVERDUE : WARNING;
    }
}
