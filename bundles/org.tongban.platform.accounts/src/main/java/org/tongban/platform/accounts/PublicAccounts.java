package org.tongban.platform.accounts;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts of citizens and enterprises. These methods serve the public: they need no staff permission, and what
 * protects them is the password, the lockout and the one-time code. Every change is audited in its transaction;
 * failed sign-ins and wrong codes are audited even though nothing else is written. Reads mask personal identifiers.
 *
 * <p>The login name is the identity number or credit code. Lockout: {@code maxFailedAttempts} failures of one account
 * from one address lock it there for {@code lockMinutes} (5 and 15 by default, as for staff accounts; GB/T 22239-2019
 * 8.1.4.1 a) asks for login-failure handling). Reset codes: six digits, valid {@code resetCodeMinutes} (10), void
 * after {@code resetCodeAttempts} (5) wrong tries, at most one request per minute.
 */
@ProviderType
public interface PublicAccounts {

    /**
     * Registers an account and greets it in the app (not by SMS: the mobile is not proven at registration).
     *
     * @throws AccountException for a malformed or already registered identifier, an empty or long name, a malformed
     *     mobile number, or a password the policy refuses
     */
    PublicAccount register(Registration registration);

    /** Checks the password; {@code remoteAddress} is the client's address, which the lockout counts by. */
    SignIn signIn(String loginName, char[] password, String remoteAddress);

    /** Signs in for a mobile app: the same checks, and on success a {@link SignIn#session()} valid for 30 days. */
    SignIn signInForApi(String loginName, char[] password, String remoteAddress);

    /** The account of a bearer secret from {@link #signInForApi}, while it is valid. */
    Optional<PublicAccount> byToken(String token);

    /** The account, masked. */
    Optional<PublicAccount> find(long id);

    /**
     * The account registered with this identity number or credit code, masked: how a feature that knows an applicant
     * by identifier (a case received at a window) reaches the account's inbox.
     */
    Optional<PublicAccount> byIdentifier(String identifier);

    /**
     * The account's identity number or credit code in full, for the account's own requests (its cases), never to
     * show; empty for an unknown id.
     */
    Optional<String> identifier(long id);

    /**
     * Sends a reset code to the account's mobile through the outbox. Does the same visible nothing when the login
     * name is unknown, so that the answer tells no one which accounts exist.
     */
    void requestReset(String loginName);

    /**
     * Sets a new password with a valid code; the code is then spent and the account's sign-in locks are lifted.
     *
     * @throws AccountException when the code is wrong, expired or spent (the same message for each), or the password
     *     is refused by the policy
     */
    void resetPassword(String loginName, String code, char[] newPassword);
}
