package org.tongban.intake;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tracking a case without signing in (办件进度查询), as the QR code of every document opens it: the case number and the
 * last 4 characters of the applicant's identity number or credit code. Public: no permission, no personal data in the
 * answer, and a forged number and wrong characters get the same empty answer. Each client address may ask
 * {@code trackPerMinute} times a minute; after {@code trackWrongPerHour} wrong tries at one case number that number
 * answers nothing for the rest of the hour, so that nobody can run through the 11,000 possible endings.
 */
@ProviderType
public interface CaseTracking {

    /**
     * The case's state and milestones, or empty when the number and the characters do not match a case.
     *
     * @param clientAddress the caller's address, which the rate limit counts by
     * @throws IntakeException {@code intake.error.trackingTooOften} when the address asked too often
     */
    Optional<TrackedCase> track(String caseNumber, String identifierTail, String clientAddress);
}
