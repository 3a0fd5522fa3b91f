package org.tongban.catalogue.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueListener;

/** The registered listeners; each is called in isolation, so one failing listener disturbs nobody else. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<CatalogueListener> listeners = new CopyOnWriteArrayList<>();

    void add(CatalogueListener listener) {
        listeners.add(listener);
    }

    void remove(CatalogueListener listener) {
        listeners.remove(listener);
    }

    void fire(Consumer<CatalogueListener> call) {
        for (CatalogueListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Catalogue listener {} failed", listener.getClass().getName(), e);
            }
        }
    }
}
