package org.tongban.hall;

/** The domain events of the hall and their payload keys. */
public final class HallTopics {
    /** A number was called (or called again) to a window; payload {@link #HALL}, {@link #WINDOW}, {@link #NUMBER}. */
    public static final String CALLED = "hall/CALLED";

    /**
     * A visit ended at a window; payload {@link #VISIT}, {@link #HALL} (here the hall's code, by which the rating
     * devices of its windows are bound), {@link #HALL_NAME}, {@link #WINDOW}, {@link #CLERK}, {@link #MATTER}, {@link
     * #CASE} (empty when no intake case was linked) and {@link #JURISDICTION}. The rating device (好差评) offers its
     * rating on it.
     */
    public static final String FINISHED = "hall/FINISHED";

    /** Every topic of the hall, for pages that follow them. */
    public static final String ALL = "hall/*";

    public static final String VISIT = "visit";
    public static final String HALL = "hall";
    public static final String HALL_NAME = "hallName";
    public static final String WINDOW = "window";
    public static final String NUMBER = "number";
    public static final String CLERK = "clerk";
    public static final String MATTER = "matter";
    public static final String CASE = "case";
    public static final String JURISDICTION = "jurisdiction";

    private HallTopics() {}
}
