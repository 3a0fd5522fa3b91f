package org.tongban.catalogue;

/**
 * One step of the procedure of a matter (申请, 受理, 审查, 决定 ...).
 *
 * @param name short name
 * @param description what happens in this step, or {@code null}
 * @param limit how long this step takes at most (环节时限), with its unit, or {@code null} when the guide states none;
 *     where every step's limit has the promised limit's unit, they add up to no more than the promised limit
 */
public record Step(String name, String description, Limit limit) {

    /** A step without a limit of its own. */
    public Step(String name, String description) {
        this(name, description, null);
    }
}
