package org.tongban.market.internal;

import java.util.Optional;
import org.tongban.platform.accounts.PublicAccounts;

/** Who a public account is: its credit code (or identity number), in full. */
@FunctionalInterface
interface Parties {
    Optional<String> identifier(long accountId);

    static Parties of(PublicAccounts accounts) {
        return accounts::identifier;
    }
}
