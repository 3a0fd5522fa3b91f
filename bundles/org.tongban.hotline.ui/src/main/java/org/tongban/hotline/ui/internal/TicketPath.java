package org.tongban.hotline.ui.internal;

/** The console addresses of the hotline's pages. */
final class TicketPath {
    static final String GROUP = "hotline.ui.group";
    static final String TICKET_ROUTE = "hotline/ticket/:number";
    static final String UNIT_TICKET_ROUTE = "hotline/unit-ticket/:number";
    static final String PAGE_CLASS = "tb-hotline-page";

    private TicketPath() {}

    /** The ticket page of a ticket, relative to the console. */
    static String of(String number) {
        return "console/hotline/ticket/" + number;
    }

    /** The same page for a unit's member, whose route needs {@code hotline:handle} instead of {@code hotline:read}. */
    static String unit(String number) {
        return "console/hotline/unit-ticket/" + number;
    }
}
