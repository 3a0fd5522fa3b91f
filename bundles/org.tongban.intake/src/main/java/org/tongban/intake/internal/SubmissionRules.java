package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.Waiver;
import org.tongban.intake.Agent;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantKind;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeException;
import org.tongban.intake.MaterialState;

/** Checks what was handed in against the pinned guide, before anything is written. */
final class SubmissionRules {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_ANSWERS = 50;

    private SubmissionRules() {}

    static void applicant(Applicant applicant) {
        if (applicant == null || applicant.kind() == null) {
            throw IntakeException.of("intake.error.applicantMissing");
        }
        name(applicant.name());
        if (applicant.kind() == ApplicantKind.NATURAL_PERSON) {
            Identifiers.idNumberProblem(applicant.identifier()).ifPresent(key -> {
                throw IntakeException.of(key, text(applicant.identifier()));
            });
        } else {
            Identifiers.creditCodeProblem(applicant.identifier()).ifPresent(key -> {
                throw IntakeException.of(key, text(applicant.identifier()));
            });
        }
    }

    static void agent(Agent agent) {
        if (agent == null) {
            return;
        }
        name(agent.name());
        Identifiers.idNumberProblem(agent.idNumber()).ifPresent(key -> {
            throw IntakeException.of(key, text(agent.idNumber()));
        });
        if (agent.authorisation() == null || agent.authorisation().isBlank()) {
            throw IntakeException.of("intake.error.authorisationMissing");
        }
        if (agent.authorisation().length() > 200) {
            throw IntakeException.of("intake.error.textTooLong", 200);
        }
    }

    static void answers(Map<String, String> answers) {
        if (answers.size() > MAX_ANSWERS) {
            throw IntakeException.of("intake.error.tooManyAnswers", MAX_ANSWERS);
        }
        answers.forEach((k, v) -> {
            if (!k.matches("[A-Za-z0-9_-]{1,50}") || v == null || !v.matches("[A-Za-z0-9_-]{1,50}")) {
                throw IntakeException.of("intake.error.badAnswer", k);
            }
        });
    }

    /**
     * The checklist in the guide's order: a material the submission leaves out is missing; 容缺 only for tolerant
     * materials, 告知承诺 only where the matter or the material allows a pledge, 免提交 only where an e-certificate or
     * data sharing replaces it, "not needed" only for materials that are not required or do not apply to the situation.
     */
    static List<ChecklistItem> checklist(Matter matter, Map<String, MaterialState> given, Set<String> notApplicable) {
        Set<String> known = new java.util.HashSet<>();
        matter.materials().forEach(m -> known.add(m.name()));
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw IntakeException.of("intake.error.unknownMaterial", name);
            }
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (Material material : matter.materials()) {
            MaterialState state = given.getOrDefault(material.name(), MaterialState.MISSING);
            if (state == null) {
                state = MaterialState.MISSING;
            }
            switch (state) {
                case TOLERATED -> {
                    if (!material.tolerant()) {
                        throw IntakeException.of("intake.error.notTolerant", material.name());
                    }
                }
                case PLEDGED -> {
                    if (!matter.commitmentAllowed()
                            && !material.details().waivers().contains(Waiver.PLEDGE)) {
                        throw IntakeException.of("intake.error.pledgeNotAllowed", material.name());
                    }
                }
                case REUSED -> {
                    boolean replaceable = material.eCertificate() != null
                            || material.details().waivers().contains(Waiver.E_CERTIFICATE)
                            || material.details().waivers().contains(Waiver.DATA_SHARING);
                    if (!replaceable) {
                        throw IntakeException.of("intake.error.notReusable", material.name());
                    }
                }
                case NOT_NEEDED -> {
                    if (material.required() && !notApplicable.contains(material.name())) {
                        throw IntakeException.of("intake.error.materialRequired", material.name());
                    }
                }
                default -> {
                    // handed in, or missing: 补正 asks for it
                }
            }
            items.add(ChecklistItem.of(material.name(), state));
        }
        return items;
    }

    static String reason(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw IntakeException.of("intake.error.reasonMissing");
        }
        if (clean.length() > MAX_TEXT) {
            throw IntakeException.of("intake.error.textTooLong", MAX_TEXT);
        }
        return clean;
    }

    private static void name(String name) {
        if (name == null || name.isBlank()) {
            throw IntakeException.of("intake.error.nameMissing");
        }
        if (name.strip().length() > MAX_NAME) {
            throw IntakeException.of("intake.error.textTooLong", MAX_NAME);
        }
    }

    /** The refused value as it may be echoed to the clerk: masked, never in full. */
    private static String text(String value) {
        return value == null ? "" : org.tongban.intake.Masking.identifier(value);
    }
}
