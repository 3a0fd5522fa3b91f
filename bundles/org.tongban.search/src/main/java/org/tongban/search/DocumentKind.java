package org.tongban.search;

/** What a search document stands for. */
public enum DocumentKind {
    /** A service guide (办事指南) of a matter. */
    MATTER,
    /** A frequently asked question (常见问题) with its answer, linked to a matter. */
    FAQ
}
