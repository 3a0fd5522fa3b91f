package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ServedAudience;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

/**
 * Maps a catalogue document (the synthetic catalogue of the catalogue bundle's tests) to search documents the way
 * {@link CatalogueCorpus} maps the exchange file: one per matter, one per FAQ with its first matter's department,
 * jurisdiction and status.
 */
final class SyntheticCorpus {

    private SyntheticCorpus() {}

    static List<SearchDocument> documents(CatalogueDocument catalogue) {
        Map<String, String> departments = new HashMap<>();
        for (Department d : catalogue.departments()) {
            departments.put(d.code(), d.name());
        }
        Map<String, List<String>> lifeEvents = new HashMap<>();
        for (LifeEvent e : catalogue.lifeEvents()) {
            for (String code : e.matterCodes()) {
                lifeEvents.computeIfAbsent(code, k -> new ArrayList<>()).add(e.name());
            }
        }
        Map<String, DocumentMatter> matters = new HashMap<>();
        List<SearchDocument> docs =
                new ArrayList<>(catalogue.matters().size() + catalogue.faqs().size());
        for (DocumentMatter dm : catalogue.matters()) {
            Matter m = dm.matter();
            matters.put(m.code(), dm);
            docs.add(SearchDocument.builder("matter:" + m.code(), DocumentKind.MATTER)
                    .matterCode(m.code())
                    .title(m.name())
                    .conditions(m.conditions())
                    .materials(m.materials().stream().map(Material::name).toList())
                    .departmentCode(m.departmentCode())
                    .departmentName(departments.getOrDefault(m.departmentCode(), m.departmentCode()))
                    .jurisdictionCode(m.jurisdictionCode())
                    .audiences(audiences(m))
                    .lifeEvents(lifeEvents.getOrDefault(m.code(), List.of()))
                    .published(dm.status() == GuideStatus.PUBLISHED)
                    .build());
        }
        for (Faq f : catalogue.faqs()) {
            DocumentMatter dm = f.matterCodes().isEmpty()
                    ? null
                    : matters.get(f.matterCodes().getFirst());
            if (dm == null) {
                continue;
            }
            Matter m = dm.matter();
            docs.add(SearchDocument.builder("faq:" + f.code(), DocumentKind.FAQ)
                    .matterCode(m.code())
                    .title(f.question())
                    .question(f.question())
                    .answer(f.answer())
                    .departmentCode(m.departmentCode())
                    .departmentName(departments.getOrDefault(m.departmentCode(), m.departmentCode()))
                    .jurisdictionCode(m.jurisdictionCode())
                    .audiences(audiences(m))
                    .published(dm.status() == GuideStatus.PUBLISHED)
                    .build());
        }
        return docs;
    }

    private static List<String> audiences(Matter m) {
        return m.audiences().stream().map(ServedAudience::label).toList();
    }
}
