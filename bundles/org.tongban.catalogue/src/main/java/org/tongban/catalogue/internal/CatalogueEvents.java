package org.tongban.catalogue.internal;

import java.util.Map;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.platform.api.events.DomainEvents;

/** Publishes the catalogue's domain events; called inside the transaction of the change they announce. */
final class CatalogueEvents {
    /** For the demo loader: the search index checks itself against the catalogue when it starts. */
    static final CatalogueEvents NONE = new CatalogueEvents(null);

    private final DomainEvents events;

    CatalogueEvents(DomainEvents events) {
        this.events = events;
    }

    void published(String matterCode) {
        publish(CatalogueTopics.PUBLISHED, matterCode);
    }

    void withdrawn(String matterCode) {
        publish(CatalogueTopics.WITHDRAWN, matterCode);
    }

    void faqsChanged(String matterCode) {
        publish(CatalogueTopics.FAQS_CHANGED, matterCode);
    }

    private void publish(String topic, String matterCode) {
        if (events != null) {
            events.publish(topic, "matter/" + matterCode, Map.of(CatalogueTopics.MATTER, matterCode));
        }
    }
}
