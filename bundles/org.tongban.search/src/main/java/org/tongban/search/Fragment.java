package org.tongban.search;

/**
 * A piece of text, marked when it matched the query.
 *
 * @param text plain text (escape it when rendering)
 * @param highlighted whether it matched
 */
public record Fragment(String text, boolean highlighted) {}
