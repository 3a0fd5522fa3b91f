package org.tongban.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;

/**
 * The benchmark's queries: the judged queries of the relevance harness (colloquial, pinyin, Traditional, typos, life
 * events) and words of matter names drawn from the corpus, shuffled into one sequence that every system runs.
 *
 * <p>The judged queries were judged on the demo catalogue, so each one learns what would answer it here: the subjects
 * of the synthetic catalogue (the matter name before its bracket) that the judged demo matters' names contain or are
 * contained in ({@code 开餐馆} → 食品经营许可). A query is answered when a title on its first page contains one of them.
 */
final class QueryMix {
    static final String NAME_WORD = "name word";

    /**
     * @param expected texts of which a first-page title must contain one for the query to count as answered; empty
     *     when nothing in the corpus answers it
     */
    record BenchQuery(String category, String text, List<String> expected) {}

    private final List<BenchQuery> distinct;
    private final List<String> sequence;

    private QueryMix(List<BenchQuery> distinct, List<String> sequence) {
        this.distinct = distinct;
        this.sequence = sequence;
    }

    /** Every different query once, judged ones first. */
    List<BenchQuery> distinct() {
        return distinct;
    }

    /** The shuffled sequence the load runs, with the drawn name words' repetitions. */
    List<String> sequence() {
        return sequence;
    }

    /**
     * @param demoCatalogue the demo catalogue the judgements refer to, or null when it is not found (then no judged
     *     query has an expectation)
     */
    static QueryMix of(List<SearchDocument> docs, Path demoCatalogue, int nameWords, long seed) throws IOException {
        List<SearchDocument> matters =
                docs.stream().filter(d -> d.kind() == DocumentKind.MATTER).toList();
        TreeSet<String> subjects = new TreeSet<>();
        matters.forEach(m -> subjects.add(subject(m.title())));
        Map<String, String> demoTitles = new HashMap<>();
        if (demoCatalogue != null) {
            for (SearchDocument d : CatalogueCorpus.read(demoCatalogue)) {
                if (d.kind() == DocumentKind.MATTER) {
                    demoTitles.put(d.matterCode(), d.title());
                }
            }
        }
        Map<String, BenchQuery> byText = new LinkedHashMap<>();
        List<String> sequence = new ArrayList<>();
        for (RelevanceHarness.Judged j : RelevanceHarness.judgements()) {
            List<String> expected = new ArrayList<>();
            for (String subject : subjects) {
                for (String code : j.relevant()) {
                    String title = demoTitles.get(code);
                    if (title != null && (title.contains(subject) || subject.contains(subject(title)))) {
                        expected.add(subject);
                        break;
                    }
                }
            }
            byText.putIfAbsent(j.query(), new BenchQuery(j.category(), j.query(), expected));
            sequence.add(j.query());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < nameWords; i++) {
            BenchQuery q = nameWord(matters.get(random.nextInt(matters.size())).title(), random);
            byText.putIfAbsent(q.text(), q);
            sequence.add(q.text());
        }
        Collections.shuffle(sequence, new Random(seed));
        return new QueryMix(List.copyOf(byText.values()), List.copyOf(sequence));
    }

    /**
     * A word a citizen would take from a matter's name ({@code 食品经营许可（变更）—连锁经营}): mostly the subject, sometimes
     * the subject with its action typed without brackets, sometimes four characters of the subject.
     */
    private static BenchQuery nameWord(String title, SplittableRandom random) {
        String subject = subject(title);
        int open = title.indexOf('（');
        int close = title.indexOf('）', open + 1);
        String action = open < 0 || close < 0 ? "" : title.substring(open + 1, close);
        int kind = random.nextInt(5);
        if (kind == 3 && !action.isEmpty()) {
            return new BenchQuery(NAME_WORD, subject + action, List.of(subject + "（" + action + "）"));
        }
        if (kind == 4 && subject.length() > 4) {
            int from = random.nextInt(subject.length() - 3);
            String window = subject.substring(from, from + 4);
            return new BenchQuery(NAME_WORD, window, List.of(window));
        }
        return new BenchQuery(NAME_WORD, subject, List.of(subject));
    }

    private static String subject(String title) {
        int open = title.indexOf('（');
        return open < 0 ? title : title.substring(0, open);
    }
}
