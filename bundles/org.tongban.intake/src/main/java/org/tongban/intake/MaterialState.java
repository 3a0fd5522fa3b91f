package org.tongban.intake;

/** Where one material of a case's checklist stands. */
public enum MaterialState {
    /** The original was handed in and checked (原件核验). */
    SUBMITTED_ORIGINAL,
    /** A copy was handed in (复印件). */
    SUBMITTED_COPY,
    /** Taken from the certificate library or data sharing, the applicant hands nothing in (免提交). */
    REUSED,
    /** Missing, accepted under 容缺受理 against the applicant's pledge to supply it by a deadline. */
    TOLERATED,
    /** Replaced by the applicant's written pledge (告知承诺); verified after the decision. */
    PLEDGED,
    /** Does not apply to the applicant's situation. */
    NOT_NEEDED,
    /** Missing and not tolerated: the case cannot be accepted until it is handed in (补正). */
    MISSING;

    /** Whether the material is at hand, or not needed, so that nothing holds the case back for it. */
    public boolean satisfied() {
        return this != MISSING && this != TOLERATED;
    }
}
