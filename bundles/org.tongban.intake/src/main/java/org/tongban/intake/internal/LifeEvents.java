package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;
import org.tongban.intake.CaseGroup;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.LifeEventSubmission;
import org.tongban.intake.MaterialState;
import org.tongban.intake.Submission;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * 一件事一次办: one application for a life event becomes one linked case per matter, each in its own department's queue,
 * from one merged material list (a material several matters need is handed in once) in one transaction.
 */
final class LifeEvents {
    static final String GROUP_PREFIX = "YJS";

    private final IntakeContext context;
    private final Receiving receiving;
    private final MatterCatalogue catalogue;

    LifeEvents(IntakeContext context, Receiving receiving, MatterCatalogue catalogue) {
        this.context = context;
        this.receiving = receiving;
        this.catalogue = catalogue;
    }

    /** The materials of the tailored matters by name, each once, in the order they first appear. */
    static Set<String> merged(Tailoring tailoring) {
        Set<String> names = new LinkedHashSet<>();
        tailoring.matters().forEach(m -> m.materials().forEach(material -> names.add(material.name())));
        return names;
    }

    CaseGroup receive(LifeEventSubmission s) {
        if (s == null || s.lifeEventCode() == null) {
            throw IntakeException.of("intake.error.unknownLifeEvent", "");
        }
        LifeEvent event = catalogue
                .lifeEvent(s.lifeEventCode())
                .orElseThrow(
                        () -> IntakeException.of("intake.error.unknownLifeEvent", Jdbc.clip(s.lifeEventCode(), 50)));
        Tailoring tailoring;
        try {
            tailoring = catalogue.tailor(event.code(), s.answers());
        } catch (CatalogueException e) {
            throw IntakeException.of("intake.error.lifeEventAnswers", e.getMessage());
        }
        if (tailoring.matters().isEmpty()) {
            throw IntakeException.of("intake.error.unknownLifeEvent", event.code());
        }
        Set<String> merged = merged(tailoring);
        for (String name : s.materials().keySet()) {
            if (!merged.contains(name)) {
                throw IntakeException.of("intake.error.unknownMaterial", name);
            }
        }
        List<Receiving.Prepared> prepared = new ArrayList<>();
        for (TailoredMatter tailored : tailoring.matters()) {
            Map<String, MaterialState> states = new LinkedHashMap<>();
            for (Material material : tailored.materials()) {
                states.put(material.name(), s.materials().getOrDefault(material.name(), MaterialState.MISSING));
            }
            Set<String> notApplicable = new LinkedHashSet<>();
            tailored.matter().materials().forEach(m -> notApplicable.add(m.name()));
            notApplicable.removeAll(states.keySet());
            Submission one = new Submission(
                    null,
                    tailored.matter().code(),
                    s.applicant(),
                    s.agent(),
                    s.channel(),
                    s.receivingJurisdiction(),
                    null,
                    s.answers(),
                    states);
            prepared.add(receiving.prepare(one, notApplicable));
        }
        String key = Idempotency.key(context.actor(), s.clientKey());
        String fingerprint = Receiving.fingerprint(
                s.lifeEventCode(),
                String.valueOf(s.applicant()),
                String.valueOf(s.agent()),
                String.valueOf(s.channel()),
                s.receivingJurisdiction(),
                s.answers(),
                s.materials());
        return Idempotency.afterConflict(
                context.tx,
                key,
                fingerprint,
                c -> {
                    Optional<String> earlier = Idempotency.earlier(c, key, fingerprint);
                    if (earlier.isPresent()) {
                        return new CaseGroup(earlier.get(), event.code(), members(c, earlier.get()));
                    }
                    List<String> numbers = new ArrayList<>();
                    for (Receiving.Prepared p : prepared) {
                        numbers.add(receiving.write(c, p, null));
                    }
                    String groupId = GROUP_PREFIX + numbers.getFirst();
                    for (String number : numbers) {
                        CaseStore.set(c, number, "group_id", groupId);
                        CaseStore.set(c, number, "life_event_code", event.code());
                    }
                    context.audit.record(
                            "intake.lifeEvent",
                            "intake-group/" + groupId,
                            event.name() + "：" + String.join("、", numbers));
                    Idempotency.remember(c, key, fingerprint, groupId, context.now());
                    return new CaseGroup(groupId, event.code(), members(c, groupId));
                },
                groupId -> context.tx.read(c -> new CaseGroup(groupId, event.code(), members(c, groupId))));
    }

    static List<IntakeCase> members(java.sql.Connection c, String groupId) throws java.sql.SQLException {
        return CaseStore.list(
                c,
                "SELECT " + CaseStore.COLUMNS + " FROM intake_case WHERE group_id = ? ORDER BY case_number",
                groupId);
    }
}
