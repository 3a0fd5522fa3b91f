package org.tongban.catalogue.ui;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;

/**
 * Links a feature adds to the catalogue's public pages, registered as a service: the guide page ({@code
 * /guides/<code>}) and the life event's page ({@code /life-events/<code>}) show every link the registered services
 * answer, first among the next steps. The pages are kept until the catalogue changes, so a link may depend on the
 * published matter or life event, never on the visitor.
 */
@ConsumerType
public interface GuideLinks {

    /** The links for a published matter's guide page, in order; empty when the feature has none for it. */
    List<GuideLink> forMatter(Matter matter, Locale locale);

    /** The links for a life event's page, in order; empty when the feature has none for it. */
    List<GuideLink> forLifeEvent(LifeEvent lifeEvent, Locale locale);
}
