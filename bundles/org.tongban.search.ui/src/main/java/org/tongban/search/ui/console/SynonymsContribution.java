package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.search.SynonymDictionary;

/**
 * Adds {@code /console/search/synonyms}: the synonym dictionary. The page exists only while the dictionary does (a
 * mandatory reference, as the catalogue's console pages have): a menu entry leading to "unavailable" helps nobody.
 */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = SynonymsContribution.ROUTE,
        view = SynonymsView.class,
        audience = Audience.CONSOLE,
        titleKey = "search.console.synonyms.menu",
        permission = SynonymDictionary.EDIT_PERMISSION,
        icon = "vaadin:book",
        menuGroup = SynonymsContribution.GROUP,
        order = 10)
public final class SynonymsContribution implements ViewFactory {
    /** The console menu group of the search pages. */
    static final String GROUP = "search.console.group";

    /** The route below {@code /console}. */
    static final String ROUTE = "search/synonyms";

    private final SynonymDictionary dictionary;
    private final AccessControl accessControl;
    private final String rootJurisdiction;

    @Activate
    public SynonymsContribution(
            @Reference SynonymDictionary dictionary, @Reference AccessControl accessControl, BundleContext context) {
        this.dictionary = dictionary;
        this.accessControl = accessControl;
        this.rootJurisdiction = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
    }

    // The dictionary serves the whole city, so editing needs the permission city-wide; district clerks may look.
    @Override
    public Component createView() {
        return new SynonymsView(
                dictionary, () -> accessControl.isPermitted(SynonymDictionary.EDIT_PERMISSION, rootJurisdiction));
    }
}
