package org.tongban.market;

import java.time.Instant;

/**
 * An objection lodged by a signed-up agency during publicity.
 *
 * @param id its id
 * @param projectId the project
 * @param agencyId who objects
 * @param text the objection
 * @param lodgedAt when
 * @param state where it stands
 * @param answer the office's answer, or {@code null}
 * @param answeredBy who answered, or {@code null}
 */
public record Objection(
        long id,
        long projectId,
        long agencyId,
        String text,
        Instant lodgedAt,
        ObjectionState state,
        String answer,
        String answeredBy) {}
