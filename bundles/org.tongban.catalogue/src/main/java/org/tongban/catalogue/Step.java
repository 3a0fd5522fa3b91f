package org.tongban.catalogue;

/**
 * One step of the procedure of a matter (申请, 受理, 审查, 决定 ...).
 *
 * @param name short name
 * @param description what happens in this step, or {@code null}
 */
public record Step(String name, String description) {}
