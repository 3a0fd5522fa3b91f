package org.tongban.hotline;

import java.time.Instant;

/**
 * A ticket as anyone may read it (Open311's {@code requests}): no caller, no phone, no internal state beyond open or
 * closed. Tickets of 举报 and of callers who asked for confidentiality are never published.
 *
 * @param number the ticket number (Open311 {@code service_request_id})
 * @param categoryCode the dispatch category, or null until dispatched
 * @param categoryName its name, or null
 * @param description what the caller said, as given (whoever shows it escapes it)
 * @param status open or closed
 * @param answer the accepted reply or the 直办 answer once closed, else null
 * @param agency the lead unit's name, or null before dispatch
 * @param address the address as given
 * @param latitude WGS-84, or null
 * @param longitude WGS-84, or null
 * @param receivedAt when it was taken
 * @param updatedAt its last step
 * @param expectedAt the handling limit, or null
 */
public record PublicTicket(
        String number,
        String categoryCode,
        String categoryName,
        String description,
        PublicStatus status,
        String answer,
        String agency,
        String address,
        Double latitude,
        Double longitude,
        Instant receivedAt,
        Instant updatedAt,
        Instant expectedAt) {}
