package org.tongban.market;

import java.util.List;

/** One page of the directory and how many agencies match in all. */
public record DirectoryPage(List<AgencySummary> rows, long total) {}
