package org.tongban.market.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The city's market rules, configuration PID {@value #PID}; defaults and sources in {@link org.tongban.market.MarketRules}. */
@ObjectClassDefinition(name = "Tongban intermediary market", description = "中介服务超市的规则")
public @interface MarketConfig {
    String PID = "org.tongban.market";

    @AttributeDefinition(name = "Fiscal procurement threshold (yuan)")
    String fiscalThreshold() default "1000000";

    @AttributeDefinition(name = "Fiscal projects may use direct choice")
    boolean fiscalDirectAllowed() default false;

    @AttributeDefinition(name = "Valid candidates a fiscal draw needs", min = "1")
    int minDrawCandidates() default 3;

    @AttributeDefinition(name = "Applicants a comparison needs", min = "1")
    int minComparisonApplicants() default 2;

    @AttributeDefinition(name = "Comparison shortlist size", min = "1")
    int shortlistSize() default 3;

    @AttributeDefinition(name = "Lowest best-price factor")
    String factorLow() default "0.95";

    @AttributeDefinition(name = "Highest best-price factor")
    String factorHigh() default "0.98";

    @AttributeDefinition(name = "Publicity (working days)", min = "0")
    int publicityWorkingDays() default 3;

    @AttributeDefinition(name = "Winner confirms within (working days)", min = "1")
    int winnerConfirmWorkingDays() default 3;

    @AttributeDefinition(name = "Contract within (working days)", min = "1")
    int contractWorkingDays() default 5;

    @AttributeDefinition(name = "Service warning before the deadline (working days)", min = "0")
    int serviceWarningWorkingDays() default 3;

    @AttributeDefinition(name = "Late delivery recorded beyond (working days)", min = "0")
    int lateWorkingDays() default 10;

    @AttributeDefinition(name = "Refusals in a year that blacklist", min = "1")
    int refusalsForBlacklist() default 3;

    @AttributeDefinition(name = "Black list period (months)", min = "1")
    int blacklistMonths() default 12;

    @AttributeDefinition(name = "Qualification warning (days)", min = "0")
    int qualificationWarningDays() default 30;

    @AttributeDefinition(name = "Regulator weight", min = "0")
    int regulatorWeight() default 70;

    @AttributeDefinition(name = "Enterprise credit weight", min = "0")
    int enterpriseWeight() default 10;

    @AttributeDefinition(name = "Ratings weight", min = "0")
    int ratingsWeight() default 20;

    @AttributeDefinition(name = "Red list score", min = "0")
    int redListScore() default 90;
}
