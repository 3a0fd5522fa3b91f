package org.tongban.catalogue.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.catalogue.CatalogueListener;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;

/** Calls the {@link CatalogueListener} services of 1.0 from the catalogue's events, on every node. */
@Component(service = DomainEventHandler.class)
@EventHandler(topics = CatalogueTopics.ALL, handler = "catalogue-listeners", scope = EventHandler.NODE)
public final class CatalogueListenerAdapter implements DomainEventHandler {
    private final MatterCatalogue catalogue;
    private final List<CatalogueListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public CatalogueListenerAdapter(@Reference MatterCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CatalogueListener listener) {
        listeners.add(listener);
    }

    void removeListener(CatalogueListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void handle(DomainEvent event) {
        String code = event.get(CatalogueTopics.MATTER);
        for (CatalogueListener listener : listeners) {
            switch (event.topic()) {
                case CatalogueTopics.PUBLISHED ->
                    catalogue.publishedMatter(code).ifPresent(listener::published);
                case CatalogueTopics.WITHDRAWN -> listener.withdrawn(code);
                case CatalogueTopics.FAQS_CHANGED -> listener.faqsChanged(code);
                default -> {
                    // a later catalogue topic this listener interface does not know
                }
            }
        }
    }
}
