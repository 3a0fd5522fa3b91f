package org.tongban.market;

import java.util.List;

/** One page of projects, newest first, and how many match in all. */
public record ProjectPage(List<Project> rows, long total) {}
