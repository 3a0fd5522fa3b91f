package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;

/** Adds {@code /console/hotline/knowledge-review}: 待审条目, the versions in review and the flagged articles. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/knowledge-review",
        view = KnowledgeReviewView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.kb.queue",
        permission = HotlinePermissions.PUBLISH,
        icon = "vaadin:check-square-o",
        menuGroup = TicketPath.GROUP,
        order = 16)
public final class KnowledgeReviewContribution implements ViewFactory {
    private final KnowledgeBase knowledge;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public KnowledgeReviewContribution(
            @Reference KnowledgeBase knowledge,
            @Reference DispatchCatalogue catalogue,
            @Reference AccessControl access,
            @Reference Jurisdictions jurisdictions) {
        this.knowledge = knowledge;
        this.catalogue = catalogue;
        this.access = access;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Component createView() {
        return new KnowledgeReviewView(knowledge, catalogue, access, jurisdictions);
    }
}
