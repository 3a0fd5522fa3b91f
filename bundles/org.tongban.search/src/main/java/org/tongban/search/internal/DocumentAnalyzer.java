package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongban.search.SearchDocument;
import org.tongban.search.internal.analysis.Folding;
import org.tongban.search.internal.analysis.Pinyin;
import org.tongban.search.internal.analysis.TextAnalysis;

/** Turns a search document into the fields both backends index. */
public final class DocumentAnalyzer {
    private static final int MAX_PINYIN_RUN = 8;

    private final TextAnalysis analysis;

    public DocumentAnalyzer(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    public IndexedDocument analyze(SearchDocument document) {
        String title = Folding.fold(document.title());
        String body = Folding.fold(bodyOf(document));
        List<String> titleTerms = analysis.terms(title);
        List<String> bodyTerms = analysis.terms(body);
        Set<String> titlePinyin = new LinkedHashSet<>(analysis.pinyinKeys(titleTerms));
        for (String run : TextAnalysis.hanRuns(title)) {
            if (run.length() <= MAX_PINYIN_RUN) {
                titlePinyin.addAll(Pinyin.keys(run));
            }
        }
        Set<String> lifeTerms = new LinkedHashSet<>();
        for (String event : document.lifeEvents()) {
            String folded = Folding.fold(event);
            lifeTerms.add(folded);
            lifeTerms.add(LifeEventNames.core(folded));
            lifeTerms.addAll(analysis.terms(folded));
        }
        Set<String> suggest = new LinkedHashSet<>();
        suggest.add(title);
        titleTerms.stream().filter(t -> t.length() >= 2).forEach(suggest::add);
        suggest.addAll(titlePinyin);
        document.lifeEvents().forEach(e -> suggest.add(Folding.fold(e)));
        return new IndexedDocument(
                document,
                titleTerms,
                bodyTerms,
                List.copyOf(titlePinyin),
                analysis.pinyinKeys(bodyTerms),
                List.copyOf(lifeTerms),
                List.copyOf(suggest),
                title,
                body);
    }

    static String bodyOf(SearchDocument document) {
        List<String> parts = new ArrayList<>();
        parts.add(document.conditions());
        parts.addAll(document.materials());
        parts.add(document.question());
        parts.add(document.answer());
        parts.add(document.limits());
        parts.addAll(document.lifeEvents());
        parts.add(document.departmentName());
        parts.add(document.implementingBody());
        parts.addAll(document.intermediaries());
        return String.join("\n", parts.stream().filter(p -> !p.isBlank()).toList());
    }
}
