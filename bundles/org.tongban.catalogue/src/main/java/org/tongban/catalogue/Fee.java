package org.tongban.catalogue;

/**
 * A fee charged for a matter; a matter without fees is free (不收费).
 *
 * @param item what is charged for
 * @param standard the amount or rate, as text
 * @param basis the legal basis of the charge, or {@code null}
 */
public record Fee(String item, String standard, String basis) {}
