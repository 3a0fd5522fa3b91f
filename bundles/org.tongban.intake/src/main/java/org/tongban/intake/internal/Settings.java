package org.tongban.intake.internal;

/**
 * The city's settings as the services use them.
 *
 * @param pledgeVerificationAmount within how long pledges are verified after a 告知承诺 decision
 * @param pledgeVerificationUnit its unit
 */
record Settings(int pledgeVerificationAmount, String pledgeVerificationUnit) {
    /** See {@link IntakeConfig#pledgeVerificationAmount()}: 国办发〔2020〕42号 leaves it to the agencies' rules. */
    static final int PLEDGE_VERIFICATION_DEFAULT = 30;

    static final Settings DEFAULTS = new Settings(PLEDGE_VERIFICATION_DEFAULT, "NATURAL_DAYS");

    static Settings of(IntakeConfig config) {
        return new Settings(config.pledgeVerificationAmount(), config.pledgeVerificationUnit());
    }
}
