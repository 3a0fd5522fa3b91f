package org.tongban.catalogue.ui.site;

import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.HomeBlock;
import org.tongban.platform.api.portal.HomeSection;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;

/**
 * The catalogue on the home page: 个人办事 and 法人办事, the life events and the departments, each a link into the
 * public guide lists.
 */
@Component(service = HomeSection.class)
@HomeBlock(order = 10, topics = CatalogueTopics.ALL)
public final class ServicesSection implements HomeSection {
    /** Life events shown on the home page; the rest are one click away. */
    static final int LIFE_EVENTS = 8;

    private final MatterCatalogue catalogue;
    private final String rootJurisdiction;

    @Activate
    public ServicesSection(@Reference MatterCatalogue catalogue, BundleContext context) {
        this(catalogue, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    ServicesSection(MatterCatalogue catalogue, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.rootJurisdiction = rootJurisdiction;
    }

    @Override
    public PageView render(PageRequest request) {
        return PageView.of(
                "site/home-services.ftlh",
                Map.of(
                        "lifeEvents",
                        catalogue.lifeEvents(rootJurisdiction).stream()
                                .limit(LIFE_EVENTS)
                                .toList(),
                        "departments",
                        catalogue.departments(rootJurisdiction)));
    }
}
