package org.tongban.intake.internal;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.documents.Documents;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/** {@link CitizenCases} on intake's tables, by the account's full identifier. */
@Component(service = CitizenCases.class)
public final class JdbcCitizenCases implements CitizenCases {
    private static final int MAX = 100;

    private final Transactions tx;
    private final PublicAccounts accounts;
    private final Documents documents;

    @Activate
    public JdbcCitizenCases(
            @Reference Database database, @Reference PublicAccounts accounts, @Reference Documents documents) {
        this(database.transactions(), accounts, documents);
    }

    JdbcCitizenCases(Transactions tx, PublicAccounts accounts, Documents documents) {
        this.tx = tx;
        this.accounts = accounts;
        this.documents = documents;
    }

    @Override
    public List<IntakeCase> cases(long accountId, int limit) {
        Optional<String> identifier = accounts.identifier(accountId);
        if (identifier.isEmpty()) {
            return List.of();
        }
        int count = Math.clamp(limit, 1, MAX);
        return tx.read(c -> {
            List<String> numbers = Jdbc.list(
                    c,
                    "SELECT case_number FROM intake_case WHERE applicant_id = ? ORDER BY received_at DESC, case_number"
                            + " DESC FETCH FIRST " + count + " ROWS ONLY",
                    r -> r.getString(1),
                    identifier.get());
            List<IntakeCase> found = new java.util.ArrayList<>();
            for (String number : numbers) {
                CaseStore.find(c, number, false).map(StoredCase::masked).ifPresent(found::add);
            }
            return found;
        });
    }

    @Override
    public Optional<CitizenCase> find(long accountId, String number) {
        Optional<String> identifier = accounts.identifier(accountId);
        if (identifier.isEmpty() || number == null || !number.matches("[A-Z]{2,4}[0-9]{6,20}")) {
            return Optional.empty();
        }
        return tx.read(c -> {
            Optional<StoredCase> found = CaseStore.find(c, number, false)
                    .filter(k -> k.full().applicant().identifier().equals(identifier.get()));
            if (found.isEmpty()) {
                return Optional.<CitizenCase>empty();
            }
            List<CaseDocument> issued = Jdbc.list(
                    c,
                    "SELECT document_id, kind, title, issued_at FROM intake_document WHERE case_number = ?"
                            + " ORDER BY issued_at, document_id",
                    r -> new CaseDocument(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getTimestamp(4).toInstant()),
                    number);
            return Optional.of(new CitizenCase(found.get().masked(), issued));
        });
    }

    @Override
    public byte[] document(long accountId, String number, long documentId) {
        CitizenCase own = find(accountId, number)
                .orElseThrow(
                        () -> IntakeException.of("intake.error.caseNotFound", Jdbc.clip(String.valueOf(number), 40)));
        if (own.documents().stream().noneMatch(d -> d.id() == documentId)) {
            throw IntakeException.of("intake.error.caseNotFound", number);
        }
        return documents.contentForCase(documentId, number);
    }
}
