package org.tongban.evaluation;

/**
 * Who gave a rating, shown only with {@link EvaluationPermissions#REVIEWER} or the reviewer's consent.
 *
 * @param accountId the public account (online) or null
 * @param name the applicant's name as the case shows it, or null
 * @param phone the telephone number given for a callback, or null
 */
public record Reviewer(Long accountId, String name, String phone) {}
