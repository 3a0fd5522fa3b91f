package org.tongban.hotline.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.TicketFilter;
import org.tongban.platform.api.web.ApiRequest;

/**
 * The filters of {@code GET requests}: {@code service_request_id} (a comma list; the other filters then do not apply,
 * as the spec says), {@code service_code}, {@code start_date} and {@code end_date} at most 90 days apart (the last 90
 * days without them), {@code status} open or closed (or both, comma separated).
 */
final class RequestQuery {
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_IDS = 200;

    private final ApiRequest request;
    private final Instant now;

    RequestQuery(ApiRequest request, Instant now) {
        this.request = request;
        this.now = now;
    }

    TicketFilter filter() {
        String ids = parameter("service_request_id");
        if (ids != null) {
            Set<String> numbers = new LinkedHashSet<>();
            Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(numbers::add);
            if (numbers.size() > MAX_IDS) {
                throw error("open311.ids", MAX_IDS);
            }
            return TicketFilter.ALL.withNumbers(numbers);
        }
        Instant start = date("start_date");
        Instant end = date("end_date");
        if (start == null && end == null) {
            end = now.plusSeconds(1);
            start = end.minus(MAX_SPAN);
        } else if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw error("open311.dateRange", MAX_SPAN.toDays());
        }
        TicketFilter f = TicketFilter.ALL.receivedBetween(start, end);
        String code = parameter("service_code");
        if (code != null && !code.isBlank()) {
            f = f.withCategory(code.strip());
        }
        PublicStatus status = status(parameter("status"));
        return status == null ? f : f.withStatus(status);
    }

    private PublicStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<PublicStatus> wanted = new LinkedHashSet<>();
        for (String s : value.split(",")) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> wanted.add(PublicStatus.OPEN);
                case "closed" -> wanted.add(PublicStatus.CLOSED);
                default -> throw error("open311.status");
            }
        }
        return wanted.size() == 1 ? wanted.iterator().next() : null;
    }

    private Instant date(String name) {
        String value = parameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An unencoded "+08:00" in a query string arrives as " 08:00".
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw error("open311.date", name);
        }
    }

    private String parameter(String name) {
        String[] values = request.parameters().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private Open311Error error(String key, Object... arguments) {
        return new Open311Error(400, Documents.text(request.locale(), key, arguments));
    }
}
