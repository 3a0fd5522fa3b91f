package org.tongban.hotline;

/**
 * Who called.
 *
 * @param name the caller's name or how they want to be addressed, may be null (anonymous)
 * @param phone the number to call back, may be null
 * @param confidential the caller asked that units not learn who called ({@link TicketType#REPORT} always is)
 */
public record Caller(String name, String phone, boolean confidential) {}
