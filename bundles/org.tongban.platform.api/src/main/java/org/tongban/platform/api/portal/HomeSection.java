package org.tongban.platform.api.portal;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A block of the portal's home page, registered as a service with {@link HomeBlock} properties:
 *
 * <pre>
 * &#64;Component(service = HomeSection.class)
 * &#64;HomeBlock(order = 20, topics = NoticeTopics.ALL)
 * </pre>
 *
 * <p>The host's home page ({@code /}, unless a {@link PublicPage} claims the empty path) shows the search box, then
 * every section in {@link #ORDER}, then the hotline. A section renders like a page: its {@link PageView}'s template and
 * data, from its own bundle; the title, description and canonical of the view are ignored. The home page is kept like
 * any page until an event of one of its sections' topics; one section without topics makes it render every time.
 */
@ConsumerType
public interface HomeSection {

    /** Service property: the position on the home page, lower first. */
    String ORDER = "tongban.home.order";

    /** Service property: domain event topics after which the home page's copies are stale. */
    String TOPICS = "tongban.home.topics";

    /** This section for the visitor of {@code request} (route {@code ""}, no path parameters). */
    PageView render(PageRequest request);
}
