package org.tongban.platform.accounts;

import java.time.Instant;
import org.tongban.platform.api.identity.ApplicantKind;

/**
 * A public account as read: personal identifiers masked (identity number {@code 370102********1238}, mobile
 * {@code 138****5678}); an enterprise's credit code is public and shown whole.
 *
 * @param id the account's id
 * @param kind a person (identity number) or an organisation (unified social credit code)
 * @param name the person's or the organisation's name
 * @param identifier the identity number or credit code, masked
 * @param contactName the organisation's contact person; the person's own name for a person
 * @param mobile the mobile number, masked
 * @param createdAt when it was registered
 */
public record PublicAccount(
        long id,
        ApplicantKind kind,
        String name,
        String identifier,
        String contactName,
        String mobile,
        Instant createdAt) {

    /** The account's inbox key in the notification outbox. */
    public String recipient() {
        return recipientOf(id);
    }

    /** The inbox key of the account with this id: {@code account:42}. */
    public static String recipientOf(long id) {
        return "account:" + id;
    }
}
