package org.tongban.catalogue.ui.site;

import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.GuideViews;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.HomeBlock;
import org.tongban.platform.api.portal.HomeSection;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;

/**
 * The catalogue on the home page: 热门事项 (the guides citizens open most, from {@link GuideViews}; left out until
 * there are views), 个人办事 and 法人办事, the life events and the departments, each a link into the public guide
 * lists. Its copy is dropped on catalogue events and when the most viewed guides change order.
 */
@Component(service = HomeSection.class)
@HomeBlock(
        order = 10,
        topics = {CatalogueTopics.ALL, GuideViews.CHANGED})
public final class ServicesSection implements HomeSection {
    /** Life events shown on the home page; the rest are one click away. */
    static final int LIFE_EVENTS = 8;
    /** Most viewed guides shown on the home page. */
    static final int POPULAR = 8;

    private final MatterCatalogue catalogue;
    private final GuideViews views;
    private final String rootJurisdiction;

    @Activate
    public ServicesSection(@Reference MatterCatalogue catalogue, @Reference GuideViews views, BundleContext context) {
        this(catalogue, views, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    ServicesSection(MatterCatalogue catalogue, GuideViews views, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.views = views;
        this.rootJurisdiction = rootJurisdiction;
    }

    /** The most viewed guides still published, most viewed first. */
    private List<Matter> popular() {
        return views.mostViewed(POPULAR * 2).stream()
                .map(catalogue::publishedGuide)
                .flatMap(java.util.Optional::stream)
                .map(ServiceGuide::matter)
                .limit(POPULAR)
                .toList();
    }

    @Override
    public PageView render(PageRequest request) {
        return PageView.of(
                "site/home-services.ftlh",
                Map.of(
                        "popular",
                        popular(),
                        "lifeEvents",
                        catalogue.lifeEvents(rootJurisdiction).stream()
                                .limit(LIFE_EVENTS)
                                .toList(),
                        "departments",
                        catalogue.departments(rootJurisdiction)));
    }
}
