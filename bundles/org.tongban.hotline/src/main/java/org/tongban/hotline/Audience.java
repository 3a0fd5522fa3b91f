package org.tongban.hotline;

/**
 * Who reads a knowledge-base article.
 *
 * @since 1.3
 */
public enum Audience {
    /** The hotline's agents, office and units only (internal guidance, phone numbers of departments). */
    AGENTS,
    /** Everyone: published articles are also shown in the portal. */
    PUBLIC
}
