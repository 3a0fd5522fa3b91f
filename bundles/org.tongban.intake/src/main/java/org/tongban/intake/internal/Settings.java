package org.tongban.intake.internal;

/**
 * The city's settings as the services use them.
 *
 * @param pledgeVerificationAmount within how long pledges are verified after a 告知承诺 decision
 * @param pledgeVerificationUnit its unit
 * @param supplementWorkingDays how many working days an applicant has to supply what a 补正 notice lists
 */
record Settings(int pledgeVerificationAmount, String pledgeVerificationUnit, int supplementWorkingDays) {
    /** See {@link IntakeConfig#pledgeVerificationAmount()}: 国办发〔2020〕42号 leaves it to the agencies' rules. */
    static final int PLEDGE_VERIFICATION_DEFAULT = 30;

    /** See {@link IntakeConfig#supplementWorkingDays()}: 行政许可法 第三十二条 sets no period for the applicant. */
    static final int SUPPLEMENT_DAYS_DEFAULT = 10;

    static final Settings DEFAULTS = new Settings(PLEDGE_VERIFICATION_DEFAULT, "NATURAL_DAYS", SUPPLEMENT_DAYS_DEFAULT);

    static Settings of(IntakeConfig config) {
        return new Settings(
                config.pledgeVerificationAmount(), config.pledgeVerificationUnit(), config.supplementWorkingDays());
    }
}
