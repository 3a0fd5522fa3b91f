package org.tongban.hotline;

/** The permissions of the hotline, each granted at a jurisdiction and covering its subtree. */
public final class HotlinePermissions {
    /** The hotline office: see every ticket whose place lies in the jurisdiction, and the statistics. */
    public static final String READ = "hotline:read";

    /** Take tickets from callers and other channels (受理) and answer them at once from the knowledge base (直办). */
    public static final String ACCEPT = "hotline:accept";

    /** Dispatch and re-dispatch tickets (派单), merge duplicates. */
    public static final String DISPATCH = "hotline:dispatch";

    /** Review units' replies (审核), send them back (重办), decide extension requests and owners of returned tickets. */
    public static final String REVIEW = "hotline:review";

    /** Call callers back (回访) and record their ratings. */
    public static final String CALLBACK = "hotline:callback";

    /** Work in a unit: sign for, handle, reply to, return and sub-dispatch the unit's tickets (member of the unit). */
    public static final String HANDLE = "hotline:handle";

    /** Read callers' full phone numbers; every read is audited. */
    public static final String CALLER = "hotline:caller";

    /** Edit the dispatch catalogue: categories, units, their members and the routes. */
    public static final String CATALOGUE = "hotline:catalogue";

    /** Write knowledge-base articles and submit them for review (知识库编辑). @since 1.3 */
    public static final String KNOWLEDGE = "hotline:knowledge";

    /**
     * Publish, reject and withdraw knowledge-base articles and clear their flags (知识库审核); never one's own version.
     *
     * @since 1.3
     */
    public static final String PUBLISH = "hotline:publish";

    private HotlinePermissions() {}
}
