package org.tongban.platform.api.portal;

/**
 * One link of a {@link NextSteps} service: what a citizen can do next about a matter.
 *
 * @param href a path of this site, starting with one {@code /} (never another site's or a script's address)
 * @param text what the link says
 * @param label what it opens, for screen readers ({@code text} when blank)
 */
public record NextStep(String href, String text, String label) {
    public NextStep {
        if (href == null || !href.startsWith("/") || href.startsWith("//") || href.contains("\\")) {
            throw new IllegalArgumentException("A next step must be a path of this site: " + href);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A next step needs a text");
        }
        label = label == null || label.isBlank() ? text : label;
    }
}
