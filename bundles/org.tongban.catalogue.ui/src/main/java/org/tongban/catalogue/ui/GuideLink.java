package org.tongban.catalogue.ui;

/**
 * One link of a {@link GuideLinks} service.
 *
 * @param href a path of this site, starting with one {@code /} (never another site's or a script's address)
 * @param text what the link says
 * @param label what it opens, for screen readers
 */
public record GuideLink(String href, String text, String label) {
    public GuideLink {
        if (href == null || !href.startsWith("/") || href.startsWith("//") || href.contains("\\")) {
            throw new IllegalArgumentException("A guide link must be a path of this site: " + href);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A guide link needs a text");
        }
        label = label == null || label.isBlank() ? text : label;
    }
}
