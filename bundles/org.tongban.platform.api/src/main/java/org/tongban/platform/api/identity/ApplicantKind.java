package org.tongban.platform.api.identity;

/** Whether an applicant identifier belongs to a person or to an organisation. */
public enum ApplicantKind {
    /** A natural person (自然人), by identity number. */
    PERSON,
    /** A legal person or other organisation (法人), by unified social credit code. */
    ORGANISATION;

    /**
     * The kind of a valid identifier: a valid identity number is a person's, a valid credit code an organisation's;
     * {@code null} when it is neither.
     */
    public static ApplicantKind of(String identifier) {
        if (IdentityNumbers.isValid(identifier)) {
            return PERSON;
        }
        return CreditCodes.isValid(identifier) ? ORGANISATION : null;
    }

    /** The identifier as shown without the right to see it whole: identity numbers masked, credit codes (public) as they are. */
    public static String display(String identifier) {
        return of(identifier) == ORGANISATION ? CreditCodes.normalise(identifier) : IdentityNumbers.mask(identifier);
    }
}
