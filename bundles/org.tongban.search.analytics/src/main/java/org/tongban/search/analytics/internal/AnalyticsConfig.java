package org.tongban.search.analytics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.tongban.search.analytics}. */
@ObjectClassDefinition(name = "Tongban search analytics", description = "搜索分析")
public @interface AnalyticsConfig {
    String PID = "org.tongban.search.analytics";

    @AttributeDefinition(description = "Days searches and clicks are kept; older ones are deleted daily (0 = keep all)")
    int retentionDays() default 365;

    @AttributeDefinition(
            description = "Searches and clicks recorded per second on average (bursts up to ten times that); more are"
                    + " dropped, so that a script cannot flood the tables")
    int maxRecordsPerSecond() default 100;

    @AttributeDefinition(
            description = "Searches and clicks recorded per clock hour on this node; more are dropped and counted in"
                    + " /health, so that a flood under the rate cannot grow the tables without bound")
    int maxRecordsPerHour() default 10_000;

    @AttributeDefinition(description = "Records held in memory while waiting to be written; more are dropped")
    int queueCapacity() default 10_000;
}
