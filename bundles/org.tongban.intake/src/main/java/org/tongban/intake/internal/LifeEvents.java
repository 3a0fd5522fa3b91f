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

    /** What an application online adds to the group's transaction: its files, its draft, its audit entry. */
    interface GroupWork {
        /** Before any case is written, with every case's checks done. */
        void before(java.sql.Connection c, List<Receiving.Prepared> prepared) throws java.sql.SQLException;

        /** After one case is written. */
        void written(java.sql.Connection c, String number, Receiving.Prepared prepared) throws java.sql.SQLException;

        /** After the group is written. */
        void after(java.sql.Connection c, String groupId) throws java.sql.SQLException;
    }

    private static final GroupWork NOTHING = new GroupWork() {
        @Override
        public void before(java.sql.Connection c, List<Receiving.Prepared> prepared) {}

        @Override
        public void written(java.sql.Connection c, String number, Receiving.Prepared prepared) {}

        @Override
        public void after(java.sql.Connection c, String groupId) {}
    };

    CaseGroup receive(LifeEventSubmission s) {
        return receive(s, Receiver.staff(context.actor()), NOTHING);
    }

    /** The group received by a clerk or by the applicant online, with the caller's work in its transaction. */
    CaseGroup receive(LifeEventSubmission s, Receiver receiver, GroupWork work) {
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
                    // Online, each matter is received where it is implemented; at a window, where the window is.
                    receiver.online() ? tailored.matter().jurisdictionCode() : s.receivingJurisdiction(),
                    null,
                    s.answers(),
                    states);
            prepared.add(receiving.prepare(one, notApplicable, receiver));
        }
        String key = Idempotency.key(receiver.name(), s.clientKey());
        String fingerprint = Receiving.fingerprint(
                s.lifeEventCode(),
                String.valueOf(s.applicant()),
                String.valueOf(s.agent()),
                String.valueOf(s.channel()),
                s.receivingJurisdiction(),
                s.answers(),
                s.materials());
        String group = Idempotency.afterConflict(
                context.tx,
                key,
                fingerprint,
                c -> {
                    Optional<String> earlier = Idempotency.earlier(c, key, fingerprint);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    work.before(c, prepared);
                    List<String> numbers = new ArrayList<>();
                    for (Receiving.Prepared p : prepared) {
                        String number = receiving.write(c, p, null);
                        work.written(c, number, p);
                        numbers.add(number);
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
                    work.after(c, groupId);
                    Idempotency.remember(c, key, fingerprint, groupId, context.now());
                    return groupId;
                },
                earlier -> earlier);
        // Read once committed, as a single case is: the case-number rows stay locked until then.
        return context.tx.read(c -> new CaseGroup(group, event.code(), members(c, group)));
    }

    static List<IntakeCase> members(java.sql.Connection c, String groupId) throws java.sql.SQLException {
        return CaseStore.list(
                c,
                "SELECT " + CaseStore.COLUMNS + " FROM intake_case WHERE group_id = ? ORDER BY case_number",
                groupId);
    }
}
