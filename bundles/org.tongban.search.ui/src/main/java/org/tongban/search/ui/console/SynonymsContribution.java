package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.search.SynonymDictionary;

/**
 * Adds {@code /console/search/synonyms}: the synonym dictionary. The page exists only while the dictionary does (a
 * mandatory reference, as the catalogue's console pages have): a menu entry leading to "unavailable" helps nobody.
 */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SynonymsContribution implements ViewContribution {
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

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SynonymsView.class;
    }

    @Override
    public String titleKey() {
        return "search.console.synonyms.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:book";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return SynonymDictionary.EDIT_PERMISSION;
    }

    // The dictionary serves the whole city, so editing needs the permission city-wide; district clerks may look.
    @Override
    public Component createView() {
        return new SynonymsView(
                dictionary, () -> accessControl.isPermitted(SynonymDictionary.EDIT_PERMISSION, rootJurisdiction));
    }
}
