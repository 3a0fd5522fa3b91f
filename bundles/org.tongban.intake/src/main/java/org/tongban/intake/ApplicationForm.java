package org.tongban.intake;

import java.util.Map;

/**
 * What a signed-in citizen or enterprise filled in for an application made online, as saved in a draft and submitted.
 * The applicant's kind and identifier are the account's own; the agent is never asked online.
 *
 * @param subject the matter or life event applied for
 * @param applicantName the applicant's name as the application states it
 * @param answers the situation answers (情形), option by question
 * @param materials a state per material: uploaded ({@link MaterialState#SUBMITTED_COPY}), 免提交 ({@link
 *     MaterialState#REUSED}), 容缺 ({@link MaterialState#TOLERATED}), 告知承诺 ({@link MaterialState#PLEDGED}) or not
 *     needed
 * @param certificateConsent whether the applicant agrees that their certificates in the certificate library replace
 *     the materials marked 免提交
 * @param pledgeSigned whether the applicant signs the pledge of the materials marked 容缺 or 告知承诺
 * @param step the step of the form the applicant was at, from 0, to resume there
 */
public record ApplicationForm(
        DraftSubject subject,
        String applicantName,
        Map<String, String> answers,
        Map<String, MaterialState> materials,
        boolean certificateConsent,
        boolean pledgeSigned,
        int step) {
    public ApplicationForm {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        materials = materials == null ? Map.of() : Map.copyOf(materials);
    }
}
