package org.tongban.intake;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The steps of intake cases. Every method checks its permission at the case's jurisdictions, writes the case, its
 * workflow step, audit entry and event in one transaction, and refuses bad input with an {@link IntakeException}
 * before writing anything. A step names the version the clerk saw; when someone acted since, it fails with the
 * workflow's {@code StaleCaseException} and changes nothing.
 */
@ProviderType
public interface IntakeService {

    /**
     * Receives an application (收件): pins the matter's published guide, checks the applicant's identifiers, the
     * checklist against the guide (容缺 only for tolerant materials, 告知承诺 only where allowed), and creates the case
     * in {@code RECEIVED}, or in {@code FORWARDED} when received for another jurisdiction. An instant matter (即办件)
     * with a complete checklist is accepted and completed in the same call; so is a 告知承诺 case (decided on the spot,
     * with a verification task). Needs {@link IntakePermissions#RECEIVE} at the receiving jurisdiction, which must be
     * the matter's or below it, or a region the matter may be received in.
     */
    IntakeCase receive(Submission submission);

    /** Receives a life-event application: one linked case per matter, each in its department's queue. */
    CaseGroup receive(LifeEventSubmission submission);

    /** The processing side takes over a case received elsewhere (异地代收 → 收件). */
    IntakeCase takeOver(String number, long version);

    /** 受理: starts the clock with the matter's promised limit; every material must be present or tolerated. */
    IntakeCase accept(String number, long version);

    /** 不予受理, with the written reasons, legal basis and remedies. */
    IntakeCase reject(String number, long version, Rejection rejection);

    /**
     * 补正: one notice listing every missing or wrong item at once (行政许可法 第三十二条第一款第四项).
     *
     * @param items every item to correct, at least one
     */
    IntakeCase requestSupplement(String number, long version, List<String> items);

    /** The applicant handed in what the notice asked for; the case is back to 收件 for acceptance. */
    IntakeCase supplement(String number, long version);

    /** A reviewer of the handling department takes the case from the department queue. */
    IntakeCase claim(String number, long version);

    /**
     * Hands the case to a reviewer (分派), who must hold {@link IntakePermissions#REVIEW} at its processing
     * jurisdiction; {@link IntakeQueries#reviewers} lists them.
     */
    IntakeCase assign(String number, long version, String reviewer);

    /**
     * Records an on-site inspection with its photo and video links and the photos the reviewer uploaded to the file
     * store, each of which must be the reviewer's own upload of kind {@code PHOTO} and not yet kept with another
     * inspection.
     */
    IntakeCase inspect(String number, long version, Inspection inspection);

    /** 准予许可. */
    IntakeCase approve(String number, long version, String opinion);

    /** 不予许可, with the reasons; the clock stops. */
    IntakeCase deny(String number, long version, String reason);

    /** 办结: stops the clock. */
    IntakeCase complete(String number, long version);

    /** 出件; refused while a tolerated material is missing. Cross-region cases are handed over where received. */
    IntakeCase deliver(String number, long version, Delivery delivery);

    /** 撤回 at the applicant's request. */
    IntakeCase withdraw(String number, long version, String reason);

    /**
     * 中止 for a step whose time 行政许可法 第四十五条 excludes: pauses the clock.
     *
     * @param pauseKind the excluded step, a name of the working-time engine's {@code PauseKind} that the city allows
     * @param writtenNotice the written notice to the applicant: its reference and what it says
     * @param expectedDuration how long the step is expected to take, as the notice tells the applicant
     */
    IntakeCase suspend(
            String number,
            long version,
            String pauseKind,
            String reason,
            String writtenNotice,
            String expectedDuration);

    /**
     * 中止 without the expected duration, which the working-time engine requires: refused for that reason.
     *
     * @deprecated name the expected duration with {@link #suspend(String, long, String, String, String, String)}
     */
    @Deprecated
    default IntakeCase suspend(String number, long version, String pauseKind, String reason, String writtenNotice) {
        return suspend(number, version, pauseKind, reason, writtenNotice, null);
    }

    /** 恢复: the excluded step ended; the clock runs on. */
    IntakeCase resume(String number, long version);

    /**
     * 延期 within the matter's extension rule (行政许可法 第四十二条): at most the rule's amount per extension, as many
     * times as it allows, approved by the agency head named as {@code approver}.
     */
    IntakeCase extend(String number, long version, int amount, String approver, String reason);

    /** 终止. */
    IntakeCase terminate(String number, long version, String reason);

    /** A tolerated material arrived: no longer holds the result, its deadline timer is cancelled. */
    IntakeCase supplyTolerated(String number, String material);

    /**
     * The result of verifying a 告知承诺 case's pledges: a false pledge revokes the decision (撤销). Either way the
     * case leaves the verification lists and its verification timer is cancelled.
     *
     * @param truthful whether the pledges were found true
     */
    IntakeCase verifyPledge(String number, long version, boolean truthful, String finding);

    /**
     * The applicant's and agent's identifiers in full; needs {@link IntakePermissions#PII} at a jurisdiction of the
     * case and is audited.
     */
    Revealed reveal(String number);

    /**
     * The unmasked identities of a case.
     *
     * @param applicant the applicant
     * @param agent the agent, or null
     */
    record Revealed(Applicant applicant, Agent agent) {}
}
