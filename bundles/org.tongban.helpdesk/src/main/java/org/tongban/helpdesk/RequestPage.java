package org.tongban.helpdesk;

import java.util.List;

/** A page of a request list and the number of all matches. */
public record RequestPage(List<HelpRequest> rows, long total) {}
