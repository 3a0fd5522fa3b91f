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
}
