package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.search.GuideSearch;
import org.tongban.search.catalogue.GuideIndexer;

/**
 * Adds {@code /console/search/index}: the index status and the full rebuild, for the catalogue's publishers, while
 * both the search and the indexer run (without the indexer there is nothing to rebuild with).
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class IndexContribution implements ViewContribution {

    private final GuideSearch search;
    private final GuideIndexer indexer;
    private final AccessControl access;

    @Activate
    public IndexContribution(
            @Reference GuideSearch search, @Reference GuideIndexer indexer, @Reference AccessControl access) {
        this.search = search;
        this.indexer = indexer;
        this.access = access;
    }

    @Override
    public String route() {
        return "search/index";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return IndexView.class;
    }

    @Override
    public String titleKey() {
        return "search.console.index.menu";
    }

    @Override
    public Audience audience() {
        return Audience.CONSOLE;
    }

    @Override
    public String menuGroup() {
        return SynonymsContribution.GROUP;
    }

    @Override
    public String icon() {
        return "vaadin:database";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String requiredPermission() {
        return GuideIndexer.REINDEX_PERMISSION;
    }

    @Override
    public Component createView() {
        return new IndexView(search, indexer, ReindexRunner.inBackground(access));
    }
}
