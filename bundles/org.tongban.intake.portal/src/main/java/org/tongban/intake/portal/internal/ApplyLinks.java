package org.tongban.intake.portal.internal;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.ui.GuideLink;
import org.tongban.catalogue.ui.GuideLinks;
import org.tongban.platform.api.i18n.LocalizedMessage;

/**
 * 在线申请 on the catalogue's public pages: on the guide of a matter the catalogue offers online (全程网办, 网上预审) and on
 * a life event whose matters all are, leading to this bundle's apply pages.
 */
@Component(service = GuideLinks.class)
public final class ApplyLinks implements GuideLinks {
    static final String MESSAGES = "i18n/intake-portal";

    private final MatterCatalogue catalogue;

    @Activate
    public ApplyLinks(@Reference MatterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<GuideLink> forMatter(Matter matter, Locale locale) {
        if (!ApplySubject.online(matter)) {
            return List.of();
        }
        return List.of(new GuideLink(
                "/" + ApplyView.route(matter.code(), false),
                text(locale, "intake.portal.apply.link"),
                text(locale, "intake.portal.apply.linkLabel", matter.name())));
    }

    @Override
    public List<GuideLink> forLifeEvent(LifeEvent lifeEvent, Locale locale) {
        if (!ApplySubject.allOnline(catalogue, lifeEvent)) {
            return List.of();
        }
        return List.of(new GuideLink(
                "/" + ApplyView.route(lifeEvent.code(), true),
                text(locale, "intake.portal.apply.link"),
                text(locale, "intake.portal.apply.linkLabel", lifeEvent.name())));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return LocalizedMessage.of(ApplyLinks.class, MESSAGES, key, arguments).format(locale);
    }
}
