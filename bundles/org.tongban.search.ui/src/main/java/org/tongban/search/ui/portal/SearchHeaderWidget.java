package org.tongban.search.ui.portal;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.HeaderWidget;
import org.tongban.search.GuideSearch;

/**
 * Puts the search field into the header of every portal page. It needs the search service only to exist: the box
 * comes and goes together with the results page it opens.
 */
// Fully qualified: Vaadin's Component is the one this class talks about.
@org.osgi.service.component.annotations.Component(service = HeaderWidget.class)
public final class SearchHeaderWidget implements HeaderWidget {

    @Activate
    public SearchHeaderWidget(@Reference GuideSearch search) {
        // Referenced for the lifecycle only; the box itself just opens the results page.
    }

    @Override
    public Audience audience() {
        return Audience.PORTAL;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component createComponent() {
        return new SearchBox();
    }
}
