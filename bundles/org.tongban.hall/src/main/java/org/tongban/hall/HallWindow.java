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
 */
public record HallWindow(long id, long hallId, String number, String name, Long groupId, List<ServedMatter> matters) {
    public HallWindow {
        matters = List.copyOf(matters);
    }

    /** A 综合窗口: it serves more than one matter. */
    public boolean comprehensive() {
        return matters.size() > 1;
    }
}
