package org.tongban.hotline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The knowledge base's settings (configuration PID {@value #PID}). */
@ObjectClassDefinition(name = "Tongban 12345 hotline knowledge base")
public @interface KnowledgeConfig {
    String PID = "org.tongban.hotline.knowledge";

    /** The office's default review cycle (issue 14): an article no answer or reply cited for this long is flagged. */
    int UNUSED_DAYS = 180;

    /** A published article cited by no 直办 answer and no reply for this many days is flagged for review. */
    @AttributeDefinition(name = "Unused days before review")
    int unusedDays() default UNUSED_DAYS;
}
