package org.tongban.catalogue;

/**
 * A matter in an exchange document, with the status the file asks for.
 *
 * @param matter the guide content
 * @param status {@link GuideStatus#DRAFT} (the default) or {@link GuideStatus#PUBLISHED}
 */
public record DocumentMatter(Matter matter, GuideStatus status) {}
