package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.search.DocumentKind;

/**
 * Orders a page so that a matter's guide comes before its FAQs. Colloquial queries match the FAQs' wording (问：开饭店要办
 * 什么证？) better than the guide's official title, so several FAQs could push the guide they are about out of the first
 * three: each matter now ranks at its best hit, with its guide first. The order of the matters is kept, so relevance
 * measured per matter is unchanged; only the page is reordered, so paging stays stable.
 */
final class GuidesFirst {

    private GuidesFirst() {}

    static List<SearchBackend.Match> order(List<SearchBackend.Match> matches) {
        Map<String, List<SearchBackend.Match>> byMatter = new LinkedHashMap<>();
        for (SearchBackend.Match match : matches) {
            String code = match.document().matterCode();
            // Texts of no matter (the hotline's articles) stay where they are, each on its own.
            String key =
                    code == null || code.isBlank() ? "\u0000" + match.document().id() : code;
            byMatter.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
        }
        List<SearchBackend.Match> ordered = new ArrayList<>(matches.size());
        for (List<SearchBackend.Match> group : byMatter.values()) {
            group.stream()
                    .filter(m -> m.document().kind() == DocumentKind.MATTER)
                    .forEach(ordered::add);
            group.stream()
                    .filter(m -> m.document().kind() != DocumentKind.MATTER)
                    .forEach(ordered::add);
        }
        return ordered;
    }
}
