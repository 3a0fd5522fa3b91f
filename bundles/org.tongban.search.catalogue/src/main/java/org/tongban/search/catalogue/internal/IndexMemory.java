package org.tongban.search.catalogue.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tongban.catalogue.Faq;

/**
 * What the index holds, as far as the indexer knows: the published matters and the FAQ entries with the links they
 * had when indexed. The catalogue forgets the FAQ links of a withdrawn matter, so only this memory tells which FAQ
 * documents a withdrawal or an unlinked entry leaves behind. Filled by every full scan; not thread-safe, guarded by
 * the indexer.
 */
final class IndexMemory {
    final Map<String, IndexedMatter> matters;
    final Map<String, Faq> faqs;

    IndexMemory(Map<String, IndexedMatter> matters, Map<String, Faq> faqs) {
        this.matters = new HashMap<>(matters);
        this.faqs = new HashMap<>(faqs);
    }

    static IndexMemory empty() {
        return new IndexMemory(Map.of(), Map.of());
    }

    /** Codes of the indexed FAQ entries linked to a matter. */
    Set<String> faqsLinkedTo(String matterCode) {
        Set<String> codes = new TreeSet<>();
        faqs.values().stream().filter(f -> f.matterCodes().contains(matterCode)).forEach(f -> codes.add(f.code()));
        return codes;
    }

    /**
     * The published matter an FAQ entry is filed under: of its linked matters, the one highest up the jurisdiction
     * tree (so that every citizen who sees any of them sees the entry), the first linked on a tie.
     */
    static Optional<IndexedMatter> owner(Faq faq, Map<String, IndexedMatter> published) {
        return faq.matterCodes().stream()
                .map(published::get)
                .filter(m -> m != null)
                .min(Comparator.comparingInt(IndexedMatter::level));
    }
}
