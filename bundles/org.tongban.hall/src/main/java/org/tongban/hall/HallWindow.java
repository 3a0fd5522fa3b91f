package org.tongban.hall;

import java.util.List;

/**
 * A window of a hall.
 *
 * @param id its id
 * @param hallId its hall
 * @param number the number shown above it, for example {@code 03}
 * @param name its name, for example 综合窗口
 * @param groupId the window group whose appointment slots it serves, or {@code null}
 * @param matters the matters it serves, by code
 * @param active false once deactivated: its visits stay, it calls no numbers and its matters are not offered for it
 */
public record HallWindow(
        long id, long hallId, String number, String name, Long groupId, List<ServedMatter> matters, boolean active) {
    public HallWindow {
        matters = List.copyOf(matters);
    }

    /** An active window. */
    public HallWindow(long id, long hallId, String number, String name, Long groupId, List<ServedMatter> matters) {
        this(id, hallId, number, name, groupId, matters, true);
    }

    /** A 综合窗口: it serves more than one matter. */
    public boolean comprehensive() {
        return matters.size() > 1;
    }
}
