package org.tongban.catalogue;

import java.util.List;

/**
 * Builds a {@link Matter}; every setter returns the builder. Obtain one from {@link Matter#builder()} (lists empty,
 * flags false, visits 0) or {@link Matter#toBuilder()} (a copy to change). It replaces the {@code withX} copies of
 * the record, which grew with every element of the guide.
 */
public final class MatterBuilder {
    private String code;
    private String baseCode;
    private NationalCodes nationalCodes;
    private String name;
    private MatterType type;
    private List<ServedAudience> audiences;
    private String jurisdictionCode;
    private String departmentCode;
    private MatterAuthority authority;
    private String legalBasis;
    private String conditions;
    private List<Step> steps;
    private GuideLimits limits;
    private boolean instant;
    private List<Fee> fees;
    private String location;
    private String hours;
    private ContactChannel consultation;
    private String result;
    private ResultType resultType;
    private String resultCertificate;
    private List<DeliveryMethod> delivery;
    private int visits;
    private String visitReason;
    private boolean inPersonOnly;
    private OnlineDepth onlineDepth;
    private CrossRegionScope crossRegion;
    private List<CrossRegionMode> crossRegionModes;
    private boolean commitmentAllowed;
    private ContactChannel complaint;
    private List<IntermediaryService> intermediaries;
    private List<Material> materials;
    private List<SpecialStep> specialSteps;

    MatterBuilder() {}

    MatterBuilder(Matter m) {
        code = m.code();
        baseCode = m.baseCode();
        nationalCodes = m.nationalCodes();
        name = m.name();
        type = m.type();
        audiences = m.audiences();
        jurisdictionCode = m.jurisdictionCode();
        departmentCode = m.departmentCode();
        authority = m.authority();
        legalBasis = m.legalBasis();
        conditions = m.conditions();
        steps = m.steps();
        limits = m.limits();
        instant = m.instant();
        fees = m.fees();
        location = m.location();
        hours = m.hours();
        consultation = m.consultation();
        result = m.result();
        resultType = m.resultType();
        resultCertificate = m.resultCertificate();
        delivery = m.delivery();
        visits = m.visits();
        visitReason = m.visitReason();
        inPersonOnly = m.inPersonOnly();
        onlineDepth = m.onlineDepth();
        crossRegion = m.crossRegion();
        crossRegionModes = m.crossRegionModes();
        commitmentAllowed = m.commitmentAllowed();
        complaint = m.complaint();
        intermediaries = m.intermediaries();
        materials = m.materials();
        specialSteps = m.specialSteps();
    }

    public MatterBuilder code(String code) {
        this.code = code;
        return this;
    }

    public MatterBuilder baseCode(String baseCode) {
        this.baseCode = baseCode;
        return this;
    }

    public MatterBuilder nationalCodes(NationalCodes nationalCodes) {
        this.nationalCodes = nationalCodes;
        return this;
    }

    public MatterBuilder name(String name) {
        this.name = name;
        return this;
    }

    public MatterBuilder type(MatterType type) {
        this.type = type;
        return this;
    }

    public MatterBuilder audiences(List<ServedAudience> audiences) {
        this.audiences = audiences;
        return this;
    }

    public MatterBuilder jurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
        return this;
    }

    public MatterBuilder departmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
        return this;
    }

    public MatterBuilder authority(MatterAuthority authority) {
        this.authority = authority;
        return this;
    }

    public MatterBuilder legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    public MatterBuilder conditions(String conditions) {
        this.conditions = conditions;
        return this;
    }

    public MatterBuilder steps(List<Step> steps) {
        this.steps = steps;
        return this;
    }

    public MatterBuilder limits(GuideLimits limits) {
        this.limits = limits;
        return this;
    }

    public MatterBuilder instant(boolean instant) {
        this.instant = instant;
        return this;
    }

    public MatterBuilder fees(List<Fee> fees) {
        this.fees = fees;
        return this;
    }

    public MatterBuilder location(String location) {
        this.location = location;
        return this;
    }

    public MatterBuilder hours(String hours) {
        this.hours = hours;
        return this;
    }

    public MatterBuilder consultation(ContactChannel consultation) {
        this.consultation = consultation;
        return this;
    }

    public MatterBuilder result(String result) {
        this.result = result;
        return this;
    }

    public MatterBuilder resultType(ResultType resultType) {
        this.resultType = resultType;
        return this;
    }

    public MatterBuilder resultCertificate(String resultCertificate) {
        this.resultCertificate = resultCertificate;
        return this;
    }

    public MatterBuilder delivery(List<DeliveryMethod> delivery) {
        this.delivery = delivery;
        return this;
    }

    public MatterBuilder visits(int visits) {
        this.visits = visits;
        return this;
    }

    public MatterBuilder visitReason(String visitReason) {
        this.visitReason = visitReason;
        return this;
    }

    public MatterBuilder inPersonOnly(boolean inPersonOnly) {
        this.inPersonOnly = inPersonOnly;
        return this;
    }

    public MatterBuilder onlineDepth(OnlineDepth onlineDepth) {
        this.onlineDepth = onlineDepth;
        return this;
    }

    public MatterBuilder crossRegion(CrossRegionScope crossRegion) {
        this.crossRegion = crossRegion;
        return this;
    }

    public MatterBuilder crossRegionModes(List<CrossRegionMode> crossRegionModes) {
        this.crossRegionModes = crossRegionModes;
        return this;
    }

    public MatterBuilder commitmentAllowed(boolean commitmentAllowed) {
        this.commitmentAllowed = commitmentAllowed;
        return this;
    }

    public MatterBuilder complaint(ContactChannel complaint) {
        this.complaint = complaint;
        return this;
    }

    public MatterBuilder intermediaries(List<IntermediaryService> intermediaries) {
        this.intermediaries = intermediaries;
        return this;
    }

    public MatterBuilder materials(List<Material> materials) {
        this.materials = materials;
        return this;
    }

    public MatterBuilder specialSteps(List<SpecialStep> specialSteps) {
        this.specialSteps = specialSteps;
        return this;
    }

    /** The visit rules at once: number of visits, the reason for two or more, and whether only in person. */
    public MatterBuilder visits(int visits, String visitReason, boolean inPersonOnly) {
        this.visits = visits;
        this.visitReason = visitReason;
        this.inPersonOnly = inPersonOnly;
        return this;
    }

    /** The consultation phone alone. */
    public MatterBuilder consultationPhone(String phone) {
        this.consultation = new ContactChannel(phone, null);
        return this;
    }

    public Matter build() {
        return new Matter(
                code,
                baseCode,
                nationalCodes,
                name,
                type,
                audiences,
                jurisdictionCode,
                departmentCode,
                authority,
                legalBasis,
                conditions,
                steps,
                limits,
                instant,
                fees,
                location,
                hours,
                consultation,
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
                complaint,
                intermediaries,
                materials,
                specialSteps);
    }
}
