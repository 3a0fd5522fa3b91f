package org.tongban.platform.api.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A banner that a bundle shows across the top of every console page while something needs a clerk's attention, for
 * example a holiday year in use that has no State Council notice yet. Register an implementation as an OSGi service;
 * the console asks it on every page, so the banner goes away on the next page once the matter is settled.
 *
 * <p>The console calls {@link #notice()} on the request thread with the signed-in user bound, only for users holding
 * {@link #requiredPermission()}. The banner checks anything finer itself. A banner that throws is logged and left
 * out; the page still shows.
 *
 * @since 1.4
 */
@ConsumerType
public interface ConsoleBanner {

    /** Permission the user needs to be shown the banner at all; empty means every console user. */
    default String requiredPermission() {
        return "";
    }

    /** Position among the banners, lowest first. */
    default int order() {
        return 100;
    }

    /** What the banner says to the signed-in user now, or empty when there is nothing to say. */
    Optional<Notice> notice();

    /**
     * The text of a banner and the page where the matter is dealt with.
     *
     * @param textKey message key of the text, from the contributing bundle's messages, with arguments {@code textArgs}
     * @param textArgs arguments of the text; plain text, never markup
     * @param linkKey message key of the link's text
     * @param link the console page, relative to the site root without a leading slash, such as {@code
     *     console/worktime-calendar}; never another site
     */
    record Notice(String textKey, List<String> textArgs, String linkKey, String link) {
        public Notice {
            Objects.requireNonNull(textKey, "textKey");
            textArgs = List.copyOf(textArgs);
            Objects.requireNonNull(linkKey, "linkKey");
            if (link == null || link.startsWith("/") || link.contains(":") || link.contains("\\")) {
                throw new IllegalArgumentException(
                        "A banner links to a page of this site, without a leading slash: " + link);
            }
        }
    }
}
