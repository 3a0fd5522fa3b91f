package org.tongban.catalogue;

import java.util.List;

/**
 * A matter (政务服务事项) with the content of its service guide (办事指南), as one version holds it. Text is stored
 * exactly as typed: whoever displays it must escape it. Lists are never {@code null}, nor are the national codes,
 * the authority and the two channels. Build one with {@link #builder()}, change one with {@link #toBuilder()}.
 *
 * @param code local implementation code (实施编码), unique per implementing body, for example {@code 370100-SJJ-XK-001}
 * @param baseCode local base catalogue code (基本目录编码), shared by the same matter at every level and jurisdiction
 * @param nationalCodes the national base and implementation codes (GB/T 39554.1); {@link NationalCodes#NONE} when
 *     not recorded
 * @param name name, 1 to {@value CatalogueLimits#MAX_NAME_LENGTH} characters
 * @param type kind of power or service
 * @param audiences whom it serves, at least one
 * @param jurisdictionCode GB/T 2260 code of the implementing jurisdiction (its level comes from the jurisdiction tree)
 * @param departmentCode code of the handling department (承办机构), which owns the guide
 * @param authority the implementing body (实施主体), power source and joint-handling bodies;
 *     {@link MatterAuthority#HANDLING_DEPARTMENT} when the handling department holds the power itself
 * @param legalBasis legal basis (设定依据)
 * @param conditions conditions of acceptance (受理条件); paragraphs separated by line breaks
 * @param steps the procedure, in order, each step with its optional limit
 * @param limits legal, promised, acceptance and delivery limits, each with its unit, and the extension rule
 * @param instant whether it is decided on the spot (即办件)
 * @param fees fees; empty when free (不收费)
 * @param location where to apply
 * @param hours when to apply
 * @param consultation where to ask (咨询渠道): the phone is required
 * @param result what the applicant receives (a licence, a certificate ...)
 * @param resultType whether the result is a licence or certificate (证照), an approval (批文) or other, or {@code null}
 * @param resultCertificate the e-certificate type the result is issued as (电子证照类型), or {@code null}
 * @param delivery how the result is delivered
 * @param visits number of visits to the hall required, 0 to {@value CatalogueLimits#MAX_VISITS}
 * @param visitReason why the hall must be visited, required for two visits or more, else {@code null}
 * @param inPersonOnly whether the applicant must come in person and no one may act for them (须本人到场，不得代办:
 *     marriage and divorce registration, fingerprints for an identity card); the help desk must respect it
 * @param onlineDepth how far it can be handled online
 * @param crossRegion where else it may be accepted
 * @param crossRegionModes how it is handled across regions (全程网办, 异地代收代办, 多地联办); empty when it is not
 * @param commitmentAllowed whether notification-commitment approval (告知承诺) is allowed
 * @param complaint where to complain (监督投诉渠道): a phone or another way is required
 * @param intermediaries intermediary services the applicant needs (中介服务); empty when none
 * @param materials the materials, in order
 * @param specialSteps special steps excluded from the clock
 */
public record Matter(
        String code,
        String baseCode,
        NationalCodes nationalCodes,
        String name,
        MatterType type,
        List<ServedAudience> audiences,
        String jurisdictionCode,
        String departmentCode,
        MatterAuthority authority,
        String legalBasis,
        String conditions,
        List<Step> steps,
        GuideLimits limits,
        boolean instant,
        List<Fee> fees,
        String location,
        String hours,
        ContactChannel consultation,
        String result,
        ResultType resultType,
        String resultCertificate,
        List<DeliveryMethod> delivery,
        int visits,
        String visitReason,
        boolean inPersonOnly,
        OnlineDepth onlineDepth,
        CrossRegionScope crossRegion,
        List<CrossRegionMode> crossRegionModes,
        boolean commitmentAllowed,
        ContactChannel complaint,
        List<IntermediaryService> intermediaries,
        List<Material> materials,
        List<SpecialStep> specialSteps) {

    public Matter {
        nationalCodes = nationalCodes == null ? NationalCodes.NONE : nationalCodes;
        authority = authority == null ? MatterAuthority.HANDLING_DEPARTMENT : authority;
        consultation = consultation == null ? ContactChannel.NONE : consultation;
        complaint = complaint == null ? ContactChannel.NONE : complaint;
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        steps = steps == null ? List.of() : List.copyOf(steps);
        fees = fees == null ? List.of() : List.copyOf(fees);
        delivery = delivery == null ? List.of() : List.copyOf(delivery);
        crossRegionModes = crossRegionModes == null ? List.of() : List.copyOf(crossRegionModes);
        intermediaries = intermediaries == null ? List.of() : List.copyOf(intermediaries);
        materials = materials == null ? List.of() : List.copyOf(materials);
        specialSteps = specialSteps == null ? List.of() : List.copyOf(specialSteps);
    }

    /** A builder with nothing set: lists empty, flags false, visits 0. */
    public static MatterBuilder builder() {
        return new MatterBuilder();
    }

    /** A builder holding this matter's content, to build a changed copy. */
    public MatterBuilder toBuilder() {
        return new MatterBuilder(this);
    }

    /** Whether the matter is free of charge (不收费). */
    public boolean free() {
        return fees.isEmpty();
    }
}
