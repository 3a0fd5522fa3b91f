package org.tongban.intake;

/**
 * The applicant (申请人). Outside {@link IntakeService#reveal} the name of a person and the identifier are masked.
 *
 * @param kind natural or legal person
 * @param name a person's name or an organisation's registered name
 * @param identifier identity number (GB 11643) or unified social credit code (GB 32100)
 */
public record Applicant(ApplicantKind kind, String name, String identifier) {

    /** A natural person with an identity number. */
    public static Applicant person(String name, String idNumber) {
        return new Applicant(ApplicantKind.NATURAL_PERSON, name, idNumber);
    }

    /** A legal person with a unified social credit code. */
    public static Applicant organisation(String name, String creditCode) {
        return new Applicant(ApplicantKind.LEGAL_PERSON, name, creditCode);
    }

    /** The same applicant as it may be shown without {@link IntakePermissions#PII}. */
    public Applicant masked() {
        return new Applicant(
                kind,
                kind == ApplicantKind.NATURAL_PERSON ? Masking.personName(name) : name,
                Masking.identifier(identifier));
    }
}
