package org.tongban.catalogue;

import java.util.List;

/**
 * A matter (政务服务事项) with the content of its service guide (办事指南), as one version holds it. Text is stored
 * exactly as typed: whoever displays it must escape it. Lists are never {@code null}.
 *
 * @param code implementation code (实施编码), unique per implementing body, for example {@code 370100-SJJ-XK-001}
 * @param baseCode base catalogue code (基本目录编码), shared by the same matter at every level and jurisdiction
 * @param name name, 1 to {@value CatalogueLimits#MAX_NAME_LENGTH} characters
 * @param type kind of power or service
 * @param audiences whom it serves, at least one
 * @param jurisdictionCode GB/T 2260 code of the implementing jurisdiction (its level comes from the jurisdiction tree)
 * @param departmentCode code of the owning department
 * @param legalBasis legal basis (设定依据)
 * @param conditions conditions of acceptance (受理条件); paragraphs separated by line breaks
 * @param steps the procedure, in order
 * @param limits legal, promised, acceptance and delivery limits, each with its unit, and the extension rule
 * @param instant whether it is decided on the spot (即办件)
 * @param fees fees; empty when free (不收费)
 * @param location where to apply
 * @param hours when to apply
 * @param phone enquiry phone
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
 * @param complaintChannel where to complain
 * @param materials the materials, in order
 * @param specialSteps special steps excluded from the clock
 */
public record Matter(
        String code,
        String baseCode,
        String name,
        MatterType type,
        List<ServedAudience> audiences,
        String jurisdictionCode,
        String departmentCode,
        String legalBasis,
        String conditions,
        List<Step> steps,
        GuideLimits limits,
        boolean instant,
        List<Fee> fees,
        String location,
        String hours,
        String phone,
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
        String complaintChannel,
        List<Material> materials,
        List<SpecialStep> specialSteps) {

    public Matter {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        steps = steps == null ? List.of() : List.copyOf(steps);
        fees = fees == null ? List.of() : List.copyOf(fees);
        delivery = delivery == null ? List.of() : List.copyOf(delivery);
        crossRegionModes = crossRegionModes == null ? List.of() : List.copyOf(crossRegionModes);
        materials = materials == null ? List.of() : List.copyOf(materials);
        specialSteps = specialSteps == null ? List.of() : List.copyOf(specialSteps);
    }

    /** The same matter with other materials. */
    public Matter withMaterials(List<Material> materials) {
        return new Matter(
                code,
                baseCode,
                name,
                type,
                audiences,
                jurisdictionCode,
                departmentCode,
                legalBasis,
                conditions,
                steps,
                limits,
                instant,
                fees,
                location,
                hours,
                phone,
                result,
                resultType,
                resultCertificate,
                delivery,
                visits,
                visitReason,
                inPersonOnly,
                onlineDepth,
                crossRegion,
                crossRegionModes,
                commitmentAllowed,
                complaintChannel,
                materials,
                specialSteps);
    }

    /** The same matter with other limits. */
    public Matter withLimits(GuideLimits limits) {
        return new Matter(
                code,
                baseCode,
                name,
                type,
                audiences,
                jurisdictionCode,
                departmentCode,
                legalBasis,
                conditions,
                steps,
                limits,
                instant,
                fees,
                location,
                hours,
                phone,
                result,
                resultType,
                resultCertificate,
                delivery,
                visits,
                visitReason,
                inPersonOnly,
                onlineDepth,
                crossRegion,
                crossRegionModes,
                commitmentAllowed,
                complaintChannel,
                materials,
                specialSteps);
    }

    /** The same matter with other visit rules. */
    public Matter withVisits(int visits, String visitReason, boolean inPersonOnly) {
        return new Matter(
                code,
                baseCode,
                name,
                type,
                audiences,
                jurisdictionCode,
                departmentCode,
                legalBasis,
                conditions,
                steps,
                limits,
                instant,
                fees,
                location,
                hours,
                phone,
                result,
                resultType,
                resultCertificate,
                delivery,
                visits,
                visitReason,
                inPersonOnly,
                onlineDepth,
                crossRegion,
                crossRegionModes,
                commitmentAllowed,
                complaintChannel,
                materials,
                specialSteps);
    }

    /** Whether the matter is free of charge (不收费). */
    public boolean free() {
        return fees.isEmpty();
    }
}
