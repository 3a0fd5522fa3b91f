package org.tongban.platform.api.health;

/**
 * The health of one component.
 *
 * @param name component name, for example {@code database} or {@code schema:org.tongban.notice}
 * @param status its status
 * @param detail a short explanation, for example an error message
 * @param bundleId the bundle this is about, or {@code -1}
 */
public record ComponentHealth(String name, Status status, String detail, long bundleId) {

    /** Health levels, worst last. */
    public enum Status {
        UP,
        DEGRADED,
        DOWN
    }

    public static ComponentHealth up(String name, String detail) {
        return new ComponentHealth(name, Status.UP, detail, -1);
    }

    public static ComponentHealth down(String name, String detail, long bundleId) {
        return new ComponentHealth(name, Status.DOWN, detail, bundleId);
    }
}
