package org.tongban.search.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.DocumentKind;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;

/**
 * Brings one matter's documents in step with the catalogue after an event: its guide, and every FAQ entry it is or
 * was linked to. The catalogue is read afresh (events come after the commit), so publish, withdraw and FAQ changes
 * all take this one path. Changes and removals go to the index in one write, so no query sees a half-updated matter.
 */
final class MatterRefresh {
    private final MatterCatalogue catalogue;
    private final GuideSearch search;
    private final Jurisdictions jurisdictions;
    private final CatalogueScan scan;
    private final LifeEventLookup lifeEvents;

    MatterRefresh(MatterCatalogue catalogue, GuideSearch search, Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.scan = new CatalogueScan(catalogue, jurisdictions);
        this.lifeEvents = new LifeEventLookup(catalogue, jurisdictions);
    }

    void refresh(String matterCode, IndexMemory memory) {
        List<SearchDocument> writes = new ArrayList<>();
        Optional<Matter> matter = catalogue.publishedMatter(matterCode);
        if (matter.isPresent()) {
            Matter m = matter.get();
            IndexedMatter indexed =
                    IndexedMatter.of(m, scan.departmentName(m, new HashMap<>()), scan.level(m.jurisdictionCode()));
            memory.matters.put(matterCode, indexed);
            writes.add(GuideDocuments.matter(indexed, m, lifeEventsOf(m, memory)));
        } else {
            memory.matters.remove(matterCode);
            writes.add(GuideDocuments.removal(GuideDocuments.matterId(matterCode), DocumentKind.MATTER));
        }
        Map<String, Faq> fresh = new HashMap<>();
        if (matter.isPresent()) {
            catalogue.faqs(matterCode).forEach(f -> fresh.put(f.code(), f));
        }
        Set<String> affected = new TreeSet<>(fresh.keySet());
        affected.addAll(memory.faqsLinkedTo(matterCode));
        for (String code : affected) {
            Faq faq = fresh.containsKey(code)
                    ? fresh.get(code)
                    : throughOtherLinks(memory.faqs.get(code), matterCode, memory);
            Optional<IndexedMatter> owner = faq == null ? Optional.empty() : IndexMemory.owner(faq, memory.matters);
            if (owner.isPresent()) {
                writes.add(GuideDocuments.faq(faq, owner.get()));
                memory.faqs.put(code, faq);
            } else {
                writes.add(GuideDocuments.removal(GuideDocuments.faqId(code), DocumentKind.FAQ));
                memory.faqs.remove(code);
            }
        }
        search.index(writes);
    }

    /**
     * The current content of an FAQ entry that is no longer reachable through this matter (unlinked, or the matter
     * withdrawn), read through another published matter it was linked to; {@code null} when there is none.
     */
    private Faq throughOtherLinks(Faq known, String matterCode, IndexMemory memory) {
        if (known == null) {
            return null;
        }
        for (String other : known.matterCodes()) {
            if (!other.equals(matterCode) && memory.matters.containsKey(other)) {
                for (Faq faq : catalogue.faqs(other)) {
                    if (faq.code().equals(known.code())) {
                        return faq;
                    }
                }
            }
        }
        return null;
    }

    private List<String> lifeEventsOf(Matter matter, IndexMemory memory) {
        List<String> where = new ArrayList<>();
        where.add(matter.jurisdictionCode());
        memory.matters.values().stream()
                .map(IndexedMatter::jurisdictionCode)
                .filter(code -> jurisdictions.contains(matter.jurisdictionCode(), code))
                .forEach(where::add);
        return lifeEvents.byMatter(where).getOrDefault(matter.code(), List.of());
    }
}
