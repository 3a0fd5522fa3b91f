package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.intake.IntakeException;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The public account behind a citizen's request and the cases it may act on: those whose applicant is the account's
 * identity number or credit code. Anything else is "not found", as for a number that does not exist.
 */
final class OwnCases {
    private final IntakeContext context;
    private final Supplier<PublicAccounts> accounts;

    OwnCases(IntakeContext context, Supplier<PublicAccounts> accounts) {
        this.context = context;
        this.accounts = accounts;
    }

    /** The account's identifier in full; an unknown account (deleted, or accounts not running) must sign in again. */
    String identifier(long accountId) {
        PublicAccounts known = accounts.get();
        Optional<String> identifier = known == null ? Optional.empty() : known.identifier(accountId);
        return identifier.orElseThrow(() -> IntakeException.of("intake.error.signInAgain"));
    }

    /** The case if it is the account's own, with the workflow's state; locked when {@code lock}. */
    Optional<StoredCase> find(Connection c, String identifier, String number, boolean lock) throws SQLException {
        if (number == null || !number.matches("[A-Z]{2,4}[0-9]{6,20}")) {
            return Optional.empty();
        }
        return CaseStore.find(c, number, lock)
                .filter(k -> k.full().applicant().identifier().equals(identifier))
                .map(k -> k.current(context.workflows.state(IntakeWorkflow.DEFINITION, number)));
    }

    /** The account's own case, else {@code intake.error.caseNotFound}. */
    StoredCase require(Connection c, String identifier, String number, boolean lock) throws SQLException {
        return find(c, identifier, number, lock).orElseThrow(() -> notFound(number));
    }

    static IntakeException notFound(String number) {
        return IntakeException.of("intake.error.caseNotFound", number == null ? "" : Jdbc.clip(number, 40));
    }
}
