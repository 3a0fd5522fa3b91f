package org.tongban.keyprojects.internal;

import java.util.Optional;

/** The public accounts of enterprises, as the accounts feature tells them. */
interface OwnerAccounts {
    /** The account registered with this credit code. */
    Optional<Long> accountOf(String creditCode);

    /** The account's credit code in full; empty for a person's account or an unknown id. */
    Optional<String> creditCodeOf(long accountId);
}
