package org.tongban.keyprojects;

import java.util.List;

/**
 * A page of the project list.
 *
 * @param items the rows
 * @param total how many projects match
 */
public record ProjectPage(List<ProjectRow> items, long total) {
    public ProjectPage {
        items = List.copyOf(items);
    }
}
