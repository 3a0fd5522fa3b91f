package org.tongban.search.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;

/** The synonym dictionary, stored as {@code synonyms.txt} in the search folder; editing needs catalogue:edit city-wide. */
@Component(
        service = SynonymDictionary.class,
        configurationPid = SearchConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class SynonymComponent implements SynonymDictionary {
    private final SynonymStore store;

    @Activate
    public SynonymComponent(
            BundleContext context,
            SearchConfig config,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog) {
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        this.store = new SynonymStore(
                SearchFolder.of(context, config).resolve("synonyms.txt"), accessControl, auditLog, root);
    }

    @Override
    public List<SynonymEntry> entries() {
        return store.entries();
    }

    @Override
    public SynonymEntry put(SynonymEntry entry) {
        return store.put(entry);
    }

    @Override
    public void remove(List<String> phrases) {
        store.remove(phrases);
    }
}
