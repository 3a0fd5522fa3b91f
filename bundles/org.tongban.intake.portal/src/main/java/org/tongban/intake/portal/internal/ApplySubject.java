package org.tongban.intake.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MaterialRef;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.intake.DraftSubject;

/**
 * What the apply page applies for: one published matter the catalogue offers online, with the situation questions of
 * the life events that list it; or a life event, whose answers tailor its matters and merge their materials (each once).
 */
final class ApplySubject {
    private final DraftSubject subject;
    private final String title;
    private final List<SituationQuestion> questions;
    private final MatterCatalogue catalogue;
    private final Matter matter;

    private ApplySubject(
            DraftSubject subject,
            String title,
            List<SituationQuestion> questions,
            MatterCatalogue catalogue,
            Matter matter) {
        this.subject = subject;
        this.title = title;
        this.questions = List.copyOf(questions);
        this.catalogue = catalogue;
        this.matter = matter;
    }

    /** Whether the catalogue offers the matter online (全程网办 or 网上预审). */
    static boolean online(Matter matter) {
        return matter.onlineDepth() != null && matter.onlineDepth() != OnlineDepth.OFFLINE;
    }

    /** A published matter offered online, else empty. */
    static Optional<ApplySubject> matter(MatterCatalogue catalogue, String code) {
        return catalogue.publishedMatter(code).filter(ApplySubject::online).map(m -> {
            Map<String, SituationQuestion> questions = new LinkedHashMap<>();
            for (LifeEvent event : catalogue.lifeEvents(m.jurisdictionCode())) {
                if (event.matterCodes().contains(m.code())) {
                    event.questions().forEach(q -> questions.putIfAbsent(q.code(), q));
                }
            }
            return new ApplySubject(
                    DraftSubject.matter(m.code()), m.name(), List.copyOf(questions.values()), catalogue, m);
        });
    }

    /** A life event whose matters are all published and offered online, else empty. */
    static Optional<ApplySubject> lifeEvent(MatterCatalogue catalogue, String code) {
        return catalogue
                .lifeEvent(code)
                .filter(e -> allOnline(catalogue, e))
                .map(e -> new ApplySubject(DraftSubject.lifeEvent(e.code()), e.name(), e.questions(), catalogue, null));
    }

    static boolean allOnline(MatterCatalogue catalogue, LifeEvent event) {
        return !event.matterCodes().isEmpty()
                && event.matterCodes().stream().allMatch(c -> catalogue
                        .publishedMatter(c)
                        .filter(ApplySubject::online)
                        .isPresent());
    }

    DraftSubject subject() {
        return subject;
    }

    String title() {
        return title;
    }

    List<SituationQuestion> questions() {
        return questions;
    }

    boolean lifeEvent() {
        return matter == null;
    }

    /** The materials that apply to these answers, in order, each once. */
    List<MaterialChoice> materials(Map<String, String> answers) {
        if (matter != null) {
            Set<String> excluded = new java.util.HashSet<>();
            for (SituationQuestion q : questions) {
                q.options().stream()
                        .filter(o -> o.code().equals(answers.get(q.code())))
                        .map(SituationOption::removeMaterials)
                        .flatMap(List::stream)
                        .filter(ref ->
                                ref.matterCode() == null || ref.matterCode().equals(matter.code()))
                        .map(MaterialRef::materialName)
                        .forEach(excluded::add);
            }
            List<MaterialChoice> choices = new ArrayList<>();
            for (Material material : matter.materials()) {
                choices.add(MaterialChoice.of(matter, material, excluded.contains(material.name())));
            }
            return choices;
        }
        Map<String, MaterialChoice> merged = new LinkedHashMap<>();
        for (TailoredMatter tailored : catalogue.tailor(subject.code(), answers).matters()) {
            for (Material material : tailored.materials()) {
                merged.putIfAbsent(material.name(), MaterialChoice.of(tailored.matter(), material, false));
            }
        }
        return List.copyOf(merged.values());
    }
}
