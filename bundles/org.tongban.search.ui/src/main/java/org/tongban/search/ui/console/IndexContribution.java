package org.tongban.search.ui.console;

import com.vaadin.flow.component.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.ui.TongbanView;
import org.tongban.platform.ui.ViewFactory;
import org.tongban.search.GuideSearch;
import org.tongban.search.catalogue.GuideIndexer;

/**
 * Adds {@code /console/search/index}: the index status and the full rebuild, for the catalogue's publishers, while
 * both the search and the indexer run (without the indexer there is nothing to rebuild with).
 */
@org.osgi.service.component.annotations.Component(service = ViewFactory.class)
@TongbanView(
        route = "search/index",
        view = IndexView.class,
        audience = Audience.CONSOLE,
        titleKey = "search.console.index.menu",
        permission = GuideIndexer.REINDEX_PERMISSION,
        icon = "vaadin:database",
        menuGroup = SynonymsContribution.GROUP,
        order = 30)
public final class IndexContribution implements ViewFactory {

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
    public Component createView() {
        return new IndexView(search, indexer, ReindexRunner.inBackground(access));
    }
}
