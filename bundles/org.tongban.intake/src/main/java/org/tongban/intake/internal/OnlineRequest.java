package org.tongban.intake.internal;

import java.util.Map;
import org.tongban.intake.ApplicationForm;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeException;
import org.tongban.intake.MaterialState;
import org.tongban.platform.api.web.ApiException;

/**
 * The body of the mobile app's online routes: the account's bearer secret and what the route needs of the rest.
 *
 * @param token the bearer secret of {@code POST /api/v1/accounts/session}
 * @param clientKey the app's key of one submission
 * @param kind {@code MATTER}, {@code LIFE_EVENT} or {@code SUPPLEMENT}
 * @param code the matter's or life event's code, or the case number of a 补正
 * @param applicantName the applicant's name as the application states it
 * @param answers situation answers, option by question
 * @param materials a state per material
 * @param certificateConsent the consent to 免提交 from the certificate library
 * @param pledgeSigned the signature of the 容缺 or 告知承诺 pledge
 * @param step the form's step, to resume there
 * @param number a case number
 * @param material a material's name or a 补正 item
 * @param fileName an upload's file name
 * @param content an upload's bytes, Base64 in JSON
 * @param fileId a file's id
 */
public record OnlineRequest(
        String token,
        String clientKey,
        DraftSubject.Kind kind,
        String code,
        String applicantName,
        Map<String, String> answers,
        Map<String, MaterialState> materials,
        Boolean certificateConsent,
        Boolean pledgeSigned,
        Integer step,
        String number,
        String material,
        String fileName,
        byte[] content,
        Long fileId) {

    DraftSubject subject() {
        if (kind == null || code == null) {
            throw new ApiException(
                    400, IntakeException.of("intake.error.subjectMissing").localizedMessage());
        }
        return new DraftSubject(kind, code);
    }

    ApplicationForm form() {
        return new ApplicationForm(
                subject(),
                applicantName,
                answers,
                materials,
                Boolean.TRUE.equals(certificateConsent),
                Boolean.TRUE.equals(pledgeSigned),
                step == null ? 0 : step);
    }
}
