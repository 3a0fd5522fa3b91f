package org.tongban.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Addresses printed on documents, the city's templates and legal periods; configuration PID {@code org.tongban.documents}. */
@ObjectClassDefinition(name = "Tongban documents", description = "Documents of cases and their verification")
public @interface DocumentsConfig {

    @AttributeDefinition(
            name = "Tracking page",
            description = "What the QR code opens; {caseNumber} is replaced by the case's number")
    String trackingUrl() default "http://localhost:8080/track?case={caseNumber}";

    @AttributeDefinition(name = "Verification page", description = "Printed on every document")
    String verifyUrl() default "http://localhost:8080/verify-document";

    @AttributeDefinition(
            name = "Template folder",
            description = "The city's own templates (<kind>.json), relative to the distribution's home")
    String templateFolder() default "conf/documents";

    /** 《中华人民共和国行政复议法》（2023年修订）第二十条第一款：知道行政行为之日起六十日内提出行政复议申请. */
    @AttributeDefinition(name = "Days to apply for administrative review (行政复议)", min = "1")
    int administrativeReviewDays() default 60;

    /** 《中华人民共和国行政诉讼法》第四十六条第一款：知道作出行政行为之日起六个月内提起诉讼. */
    @AttributeDefinition(name = "Months to bring an administrative suit (行政诉讼)", min = "1")
    int litigationMonths() default 6;

    @AttributeDefinition(name = "Largest PDF to verify (KB)", min = "1")
    int maxVerifyKilobytes() default 10 * 1024;
}
