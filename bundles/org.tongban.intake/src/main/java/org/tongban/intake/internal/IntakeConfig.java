package org.tongban.intake.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A city's intake settings (configuration PID {@value #PID}). */
@ObjectClassDefinition(name = "Tongban intake")
public @interface IntakeConfig {
    String PID = "org.tongban.intake";

    /**
     * Within how long a 告知承诺 case's pledges are verified after the decision. 国办发〔2020〕42号 (关于全面推行证明事项和涉企经营许可事项
     * 告知承诺制的指导意见) leaves the period to the agencies' rules; 30 natural days is a common one.
     */
    @AttributeDefinition(name = "Pledge verification period")
    int pledgeVerificationAmount() default Settings.PLEDGE_VERIFICATION_DEFAULT;

    /** The unit of the verification period, as the working-time engine names it. */
    @AttributeDefinition(name = "Pledge verification unit")
    String pledgeVerificationUnit() default "NATURAL_DAYS";

    /**
     * How many working days an applicant has to supply the items of a 补正 notice, until 24:00 of the last day.
     * 行政许可法 第三十二条第一款第四项 obliges the office to list every item at once but sets no period for the applicant;
     * the city sets it (10 working days by default).
     */
    @AttributeDefinition(name = "Days to supply the items of a 补正 notice")
    int supplementWorkingDays() default Settings.SUPPLEMENT_DAYS_DEFAULT;

    /** How many times one client address may ask the public tracking page in a minute. */
    @AttributeDefinition(name = "Tracking lookups per address and minute")
    int trackPerMinute() default 10;

    /** How many wrong tries one case number takes in an hour before the tracking page answers nothing for it. */
    @AttributeDefinition(name = "Wrong tracking tries per case and hour")
    int trackWrongPerHour() default 10;
}
