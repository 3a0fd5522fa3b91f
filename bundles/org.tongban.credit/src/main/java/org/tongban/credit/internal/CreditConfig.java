package org.tongban.credit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How long records count, configuration PID {@value #PID}. The defaults follow 国务院办公厅《关于进一步完善失信约束制度
 * 构建诚信建设长效机制的指导意见》(国办发〔2020〕49号): disclosure of bad-credit information generally lasts 3 years and
 * at most 5.
 */
@ObjectClassDefinition(name = "Tongban credit records", description = "信用记录的有效期")
public @interface CreditConfig {
    String PID = "org.tongban.credit";

    @AttributeDefinition(name = "Validity (years)", description = "When a record gives no expiry", min = "1")
    int validityYears() default 3;

    @AttributeDefinition(name = "Longest validity (years)", min = "1")
    int maxValidityYears() default 5;
}
