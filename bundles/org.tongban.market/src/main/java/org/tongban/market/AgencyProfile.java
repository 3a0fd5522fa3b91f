package org.tongban.market;

import java.util.List;

/**
 * An agency's public page: its facts, qualifications, completed projects, ratings and credit.
 *
 * @param agency the agency
 * @param qualifications its qualifications, suspended ones included
 * @param completed its completed (or rated) projects, newest first
 * @param ratings its public ratings, newest first
 * @param credit this year's score
 * @param conduct its bad-conduct records in force
 * @param list red or black list today
 */
public record AgencyProfile(
        Agency agency,
        List<Qualification> qualifications,
        List<Project> completed,
        List<Rating> ratings,
        CreditScore credit,
        List<ConductRecord> conduct,
        CreditList list) {}
