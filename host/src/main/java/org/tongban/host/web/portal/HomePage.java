package org.tongban.host.web.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.portal.HomeSection;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;

/**
 * The portal's home page: the search box, the {@link HomeSection}s bundles contribute in their order, the hotline. A
 * section that fails is left out and logged: one broken bundle does not take the front page down.
 */
final class HomePage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);

    /** The service id under which the home page's copies are kept and dropped. */
    static final long SERVICE_ID = -1;

    record Section(HomeSection section, Bundle bundle, int order, List<String> topics, long serviceId) {}

    private final ServiceTracker<HomeSection, Section> tracker;
    private final Bundle host;

    HomePage(BundleContext context, Runnable changed) {
        this.host = context.getBundle();
        tracker = new ServiceTracker<>(context, HomeSection.class, null) {
            @Override
            public Section addingService(ServiceReference<HomeSection> reference) {
                HomeSection section = context.getService(reference);
                changed.run();
                return section == null ? null : section(section, reference);
            }

            @Override
            public void removedService(ServiceReference<HomeSection> reference, Section section) {
                changed.run();
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    private static Section section(HomeSection section, ServiceReference<?> reference) {
        Object topics = reference.getProperty(HomeSection.TOPICS);
        return new Section(
                section,
                reference.getBundle(),
                reference.getProperty(HomeSection.ORDER) instanceof Integer order ? order : 100,
                topics instanceof String[] many
                        ? Arrays.asList(many)
                        : topics instanceof String one ? List.of(one) : List.of(),
                reference.getProperty("service.id") instanceof Long id ? id : 0L);
    }

    List<Section> sections() {
        List<Section> sections = new ArrayList<>(tracker.getTracked().values());
        sections.sort(Comparator.comparingInt(Section::order).thenComparingLong(Section::serviceId));
        return sections;
    }

    /** The home page as a cache entry: the topics of all its sections, none when one section has none. */
    PageRoutes.Entry entry(List<Section> sections) {
        Set<String> topics = new LinkedHashSet<>();
        for (Section section : sections) {
            if (section.topics().isEmpty()) {
                return new PageRoutes.Entry(null, host, List.of(""), List.of(), 0, SERVICE_ID);
            }
            topics.addAll(section.topics());
        }
        return new PageRoutes.Entry(null, host, List.of(""), List.copyOf(topics), 0, SERVICE_ID);
    }

    /** The markup of the sections for this visitor, each from its own bundle. */
    List<String> render(List<Section> sections, PageTemplates templates, PageRequest request, String hotline) {
        List<String> markup = new ArrayList<>();
        for (Section section : sections) {
            try {
                PageView view = section.section().render(request);
                Map<String, Object> model = new LinkedHashMap<>(view.model());
                model.put("t", Messages.of(section.bundle(), request.locale()));
                model.put("lang", request.locale().toLanguageTag());
                model.putIfAbsent("hotline", hotline);
                markup.add(templates.render(section.bundle(), view.template(), model));
            } catch (RuntimeException e) {
                LOG.warn(
                        "The home page section of {} is left out",
                        section.bundle().getSymbolicName(),
                        e);
            }
        }
        return markup;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
