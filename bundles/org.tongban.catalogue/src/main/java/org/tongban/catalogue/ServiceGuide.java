package org.tongban.catalogue;

/**
 * One version of a matter's service guide: its content and where it stands.
 *
 * @param matter the content
 * @param version version number, status, author and time
 */
public record ServiceGuide(Matter matter, GuideVersion version) {}
