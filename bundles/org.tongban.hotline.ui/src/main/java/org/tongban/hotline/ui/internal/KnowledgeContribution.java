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

/** Adds {@code /console/hotline/knowledge}: 知识库, the articles with their editor and versions. */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "hotline/knowledge",
        view = KnowledgeView.class,
        audience = Audience.CONSOLE,
        titleKey = "hotline.ui.kb.menu",
        permission = HotlinePermissions.KNOWLEDGE,
        icon = "vaadin:book",
        menuGroup = TicketPath.GROUP,
        order = 15)
public final class KnowledgeContribution implements ViewFactory {
    private final KnowledgeBase knowledge;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final Jurisdictions jurisdictions;

    @Activate
    public KnowledgeContribution(
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
        return new KnowledgeView(knowledge, catalogue, access, jurisdictions, false);
    }
}
