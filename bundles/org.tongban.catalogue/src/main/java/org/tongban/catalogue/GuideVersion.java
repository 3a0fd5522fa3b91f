package org.tongban.catalogue;

import java.time.Instant;

/**
 * One version of a service guide, as the history lists it.
 *
 * @param version version number, from 1, increasing with every change of content
 * @param status where this version stands now
 * @param author username of who wrote this version's content ({@code system} for demo data)
 * @param at when this version's content was saved
 * @param comment what the author said about the change, or {@code null}
 */
public record GuideVersion(int version, GuideStatus status, String author, Instant at, String comment) {}
