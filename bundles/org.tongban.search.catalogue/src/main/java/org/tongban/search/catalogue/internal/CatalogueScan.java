package org.tongban.search.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.SearchDocument;

/** Reads the whole published catalogue, every jurisdiction, into search documents and the memory that goes with them. */
final class CatalogueScan {
    private static final int LISTING_ATTEMPTS = 3;

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final LifeEventLookup lifeEvents;

    CatalogueScan(MatterCatalogue catalogue, Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.lifeEvents = new LifeEventLookup(catalogue, jurisdictions);
    }

    /** All documents of the published catalogue, with the memory of what they hold. */
    record Snapshot(List<SearchDocument> documents, IndexMemory memory, int matters, int faqs) {}

    /**
     * @param changes a counter of catalogue changes heard meanwhile: the listing pages by offset, so a change during
     *     it may shift a matter across a page boundary; the listing is then taken again
     * @param cancelled checked between matters, so that a stopping bundle does not wait for a long scan
     */
    Snapshot read(LongSupplier changes, BooleanSupplier cancelled) {
        Set<String> codes = listing(changes);
        Map<String, Department> departments = new HashMap<>();
        Map<String, Matter> matters = new LinkedHashMap<>();
        Map<String, IndexedMatter> indexed = new HashMap<>();
        Map<String, Faq> faqs = new LinkedHashMap<>();
        for (String code : codes) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("guide index scan stopped");
            }
            Optional<Matter> matter = catalogue.publishedMatter(code);
            if (matter.isEmpty()) {
                continue; // withdrawn since the listing
            }
            Matter m = matter.get();
            matters.put(code, m);
            indexed.put(code, IndexedMatter.of(m, departmentName(m, departments), level(m.jurisdictionCode())));
            catalogue.faqs(code).forEach(f -> faqs.putIfAbsent(f.code(), f));
        }
        Map<String, List<String>> events = lifeEvents.byMatter(
                indexed.values().stream().map(IndexedMatter::jurisdictionCode).toList());
        List<SearchDocument> documents = new ArrayList<>();
        matters.forEach((code, m) ->
                documents.add(GuideDocuments.matter(indexed.get(code), m, events.getOrDefault(code, List.of()))));
        Map<String, Faq> owned = new LinkedHashMap<>();
        for (Faq faq : faqs.values()) {
            IndexMemory.owner(faq, indexed).ifPresent(owner -> {
                documents.add(GuideDocuments.faq(faq, owner));
                owned.put(faq.code(), faq);
            });
        }
        return new Snapshot(documents, new IndexMemory(indexed, owned), matters.size(), owned.size());
    }

    private Set<String> listing(LongSupplier changes) {
        Set<String> codes = new LinkedHashSet<>();
        for (int attempt = 1; attempt <= LISTING_ATTEMPTS; attempt++) {
            long before = changes.getAsLong();
            codes.clear();
            int size = CatalogueLimits.MAX_PAGE_SIZE;
            for (int page = 0; ; page++) {
                Page<MatterSummary> result = catalogue.publishedMatters(query(page, size));
                result.items().forEach(s -> codes.add(s.code()));
                if (result.items().size() < size || (long) (page + 1) * size >= result.total()) {
                    break;
                }
            }
            if (changes.getAsLong() == before) {
                break;
            }
        }
        return codes;
    }

    // No jurisdiction filter: every published matter of every jurisdiction.
    private static MatterQuery query(int page, int size) {
        return new MatterQuery(null, null, null, null, null, page, size);
    }

    String departmentName(Matter matter, Map<String, Department> cache) {
        Department department = cache.computeIfAbsent(
                matter.departmentCode(), code -> catalogue.department(code).orElse(null));
        return department == null ? matter.departmentCode() : department.name();
    }

    int level(String jurisdictionCode) {
        return jurisdictions
                .find(jurisdictionCode)
                .map(Jurisdiction::level)
                .map(Enum::ordinal)
                .orElse(Integer.MAX_VALUE);
    }
}
