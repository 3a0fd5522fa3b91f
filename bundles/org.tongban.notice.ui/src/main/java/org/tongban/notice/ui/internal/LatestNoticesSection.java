package org.tongban.notice.ui.internal;

import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.notice.NoticeService;
import org.tongban.notice.NoticeTopics;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.portal.HomeBlock;
import org.tongban.platform.api.portal.HomeSection;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;

/** The newest notices of the city on the home page, each a link to its place on {@code /notices}. */
@Component(service = HomeSection.class)
@HomeBlock(order = 20, topics = NoticeTopics.ALL)
public final class LatestNoticesSection implements HomeSection {
    static final int SHOWN = 5;

    private final NoticeService notices;
    private final String rootJurisdiction;

    @Activate
    public LatestNoticesSection(@Reference NoticeService notices, BundleContext context) {
        this(notices, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    LatestNoticesSection(NoticeService notices, String rootJurisdiction) {
        this.notices = notices;
        this.rootJurisdiction = rootJurisdiction;
    }

    @Override
    public PageView render(PageRequest request) {
        return PageView.of(
                "site/latest-notices.ftlh",
                Map.of(
                        "notices",
                        NoticesPage.items(
                                notices.published(rootJurisdiction).stream()
                                        .limit(SHOWN)
                                        .toList(),
                                request)));
    }
}
