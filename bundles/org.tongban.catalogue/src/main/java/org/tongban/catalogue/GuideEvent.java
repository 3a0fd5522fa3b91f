package org.tongban.catalogue;

import java.time.Instant;

/**
 * Something that happened to a service guide: saved, submitted, published, sent back, withdrawn.
 *
 * @param version the version concerned
 * @param action what happened
 * @param actor username of who did it ({@code system} for demo data)
 * @param at when
 * @param comment the comment or reason given, or {@code null}
 */
public record GuideEvent(int version, GuideAction action, String actor, Instant at, String comment) {}
