package org.tongban.hotline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleSuggestion;
import org.tongban.hotline.Category;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/**
 * How well the agent desk's article suggestions answer callers: Jinan's demo knowledge base ({@link
 * DemoKnowledge#ENTRIES}, 26 articles) published into a fresh database, and {@code knowledge/labelled.tsv}: 55 texts
 * as callers say them or agents type them (colloquial, pinyin, a ticket's first sentences), each labelled with the
 * article that answers it. Prints top-1 and top-3 accuracy: {@code mvn -f bundles/org.tongban.hotline/pom.xml
 * test-compile exec:java -Dexec.mainClass=org.tongban.hotline.internal.KnowledgeQuality}.
 */
public final class KnowledgeQuality {
    record Labelled(String key, String text) {}

    record Result(int tested, double top1, double top3, List<String> misses) {}

    private KnowledgeQuality() {}

    static List<Labelled> labelled() {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(KnowledgeQuality.class.getResourceAsStream("/knowledge/labelled.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.add(new Labelled(f[0], f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Publishes the demo articles and asks for three suggestions per labelled text, as an agent of the city. */
    static Result measure() {
        return measure(l -> null);
    }

    /** The ticket's category as the agent chose it well: the first category the answering article is linked to. */
    static String rightCategory(Labelled l) {
        return entry(l).categories().stream().findFirst().orElse(null);
    }

    /** A category the answering article is not linked to, as when the agent chose a wrong one. */
    static String wrongCategory(Labelled l) {
        return entry(l).categories().contains("CG.ZYJY") ? "RS.SB" : "CG.ZYJY";
    }

    private static DemoKnowledge.Entry entry(Labelled l) {
        return DemoKnowledge.ENTRIES.stream()
                .filter(e -> e.key().equals(l.key()))
                .findFirst()
                .orElseThrow();
    }

    /** As {@link #measure()}, with the ticket's category for each text (null for none). */
    static Result measure(java.util.function.Function<Labelled, String> category) {
        try (HotlineFixture f = new HotlineFixture(TestDatabase.h2(HotlineFixture.CHANGELOG))) {
            Map<String, String> keyOfId = publishDemo(f);
            f.asAgent();
            int top1 = 0;
            int top3 = 0;
            List<String> misses = new ArrayList<>();
            List<Labelled> set = labelled();
            for (Labelled l : set) {
                List<String> keys = f.knowledge().suggest(l.text(), Jinan.JIEFANGLU, category.apply(l), 3).stream()
                        .map(ArticleSuggestion::articleId)
                        .map(keyOfId::get)
                        .toList();
                if (!keys.isEmpty() && keys.getFirst().equals(l.key())) {
                    top1++;
                }
                if (keys.contains(l.key())) {
                    top3++;
                } else {
                    misses.add(l.key() + " <- " + l.text() + " " + keys);
                }
            }
            return new Result(set.size(), top1 / (double) set.size(), top3 / (double) set.size(), misses);
        }
    }

    static Map<String, String> publishDemo(HotlineFixture f) {
        f.asOffice();
        for (DemoKnowledge.Entry e : DemoKnowledge.ENTRIES) {
            for (String code : e.categories()) {
                if (f.catalogue.categories().stream().noneMatch(c -> c.code().equals(code))) {
                    f.catalogue.saveCategory(new Category(code, null, code, true));
                }
            }
        }
        Map<String, String> keyOfId = new HashMap<>();
        for (DemoKnowledge.Entry e : DemoKnowledge.ENTRIES) {
            f.asOffice();
            Article a = f.knowledge()
                    .create(new ArticleDraft(
                            Jinan.JINAN, e.title(), e.body(), e.audience(), e.categories(), List.of()));
            a = f.knowledge().submit(a.id(), 1, a.latest().version());
            f.asReviewer();
            f.knowledge().publish(a.id(), 1, a.latest().version(), null);
            keyOfId.put(a.id(), e.key());
        }
        return keyOfId;
    }

    public static void main(String[] args) {
        print("no category", measure());
        print("the right category", measure(KnowledgeQuality::rightCategory));
        print("a wrong category", measure(KnowledgeQuality::wrongCategory));
    }

    static void print(String with, Result r) {
        System.out.printf(
                "Knowledge suggestions on %d labelled texts over %d articles, %s: top-1 %.1f %%, top-3 %.1f %%%n",
                r.tested(), DemoKnowledge.ENTRIES.size(), with, 100 * r.top1(), 100 * r.top3());
        r.misses().forEach(m -> System.out.println("  not in top 3: " + m));
    }
}
