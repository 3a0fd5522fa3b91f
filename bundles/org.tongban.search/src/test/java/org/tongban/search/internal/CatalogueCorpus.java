package org.tongban.search.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

/**
 * Reads a catalogue in the exchange format ({@code tongban-catalogue/1}) into search documents, as the catalogue
 * adapter will from the catalogue's events: one document per matter and one per FAQ, life events by name.
 */
final class CatalogueCorpus {

    private CatalogueCorpus() {}

    static List<SearchDocument> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static List<SearchDocument> read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, String> departments = new HashMap<>();
        root.path("departments")
                .forEach(d ->
                        departments.put(d.path("code").asText(), d.path("name").asText()));
        Map<String, List<String>> lifeEvents = new HashMap<>();
        root.path("lifeEvents").forEach(e -> e.path("matters").forEach(m -> lifeEvents
                .computeIfAbsent(m.asText(), k -> new ArrayList<>())
                .add(e.path("name").asText())));
        Map<String, JsonNode> matters = new HashMap<>();
        List<SearchDocument> docs = new ArrayList<>();
        for (JsonNode m : root.path("matters")) {
            String code = m.path("code").asText();
            matters.put(code, m);
            List<String> materials = new ArrayList<>();
            m.path("materials").forEach(x -> materials.add(x.path("name").asText()));
            String department = m.path("department").asText();
            docs.add(SearchDocument.builder("matter:" + code, DocumentKind.MATTER)
                    .matterCode(code)
                    .title(m.path("name").asText())
                    .conditions(m.path("conditions").asText())
                    .materials(materials)
                    .departmentCode(department)
                    .departmentName(departments.getOrDefault(department, department))
                    .jurisdictionCode(m.path("jurisdiction").asText())
                    .audiences(texts(m.path("audiences")))
                    .lifeEvents(lifeEvents.getOrDefault(code, List.of()))
                    .published("published".equals(m.path("status").asText()))
                    .build());
        }
        for (JsonNode f : root.path("faqs")) {
            List<String> linked = texts(f.path("matters"));
            JsonNode matter = linked.isEmpty() ? null : matters.get(linked.get(0));
            if (matter == null) {
                continue;
            }
            String department = matter.path("department").asText();
            docs.add(SearchDocument.builder("faq:" + f.path("code").asText(), DocumentKind.FAQ)
                    .matterCode(linked.get(0))
                    .title(f.path("question").asText())
                    .question(f.path("question").asText())
                    .answer(f.path("answer").asText())
                    .departmentCode(department)
                    .departmentName(departments.getOrDefault(department, department))
                    .jurisdictionCode(matter.path("jurisdiction").asText())
                    .audiences(texts(matter.path("audiences")))
                    .published("published".equals(matter.path("status").asText()))
                    .build());
        }
        return docs;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
