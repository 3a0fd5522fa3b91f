package org.tongban.catalogue;

import java.util.List;

/** The limits the catalogue enforces on every save and import (see the exchange format). */
public final class CatalogueLimits {

    /** Longest name (of a matter, material, step, department ...) and longest short text, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Longest long text (legal basis, conditions, descriptions, FAQ answers), in characters. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    /** Longest code, in characters. */
    public static final int MAX_CODE_LENGTH = 64;

    /** Largest amount of a time limit, in its unit (and of a special step, in working days). */
    public static final int MAX_LIMIT_DAYS = 3650;

    /**
     * Most visits to the hall a guide may require. Zero or one is the rule (最多跑一次); some matters need two, such as
     * divorce registration (民法典 第一千零七十七条: apply, then both spouses again after the 30-day cooling-off).
     */
    public static final int MAX_VISITS = 9;

    /** Largest attachment (blank form or sample), in bytes. */
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

    /** Content types of the attachments accepted, as found by sniffing the content (never by the file name). */
    public static final List<String> ATTACHMENT_TYPES = List.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "image/jpeg",
            "image/png");

    /** Largest page size of the paged queries. */
    public static final int MAX_PAGE_SIZE = 200;

    private CatalogueLimits() {}
}
