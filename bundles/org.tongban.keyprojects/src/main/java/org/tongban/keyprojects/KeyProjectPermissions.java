package org.tongban.keyprojects;

/** The permissions of the green channel, each granted at a jurisdiction and covering its subtree. */
public final class KeyProjectPermissions {
    /** See the key projects of a jurisdiction, their stage plans, linked cases and meetings. */
    public static final String READ = "keyprojects:read";

    /** Create key projects and change their owner, manager and stage plan. */
    public static final String EDIT = "keyprojects:edit";

    /**
     * Link and unlink cases, call joint meetings, record minutes and actions. The project's named manager may do this
     * with {@link #READ} alone.
     */
    public static final String MANAGE = "keyprojects:manage";

    private KeyProjectPermissions() {}
}
