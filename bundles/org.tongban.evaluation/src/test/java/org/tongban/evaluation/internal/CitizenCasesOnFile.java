package org.tongban.evaluation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.intake.Applicant;
import org.tongban.intake.Channel;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;

/**
 * Intake's public API for citizens as the evaluation sees it: the cases of each public account. Intake's own tests run
 * the real implementation; here it answers what an account's cases are and in which state, which is all the evaluation
 * asks of it.
 */
public final class CitizenCasesOnFile implements CitizenCases {
    private final Map<String, Long> owners = new ConcurrentHashMap<>();
    private final Map<String, IntakeCase> cases = new ConcurrentHashMap<>();

    public void put(long account, String number, String department, String jurisdiction, String state) {
        owners.put(number, account);
        cases.put(
                number,
                new IntakeCase(
                        number,
                        "M-" + department,
                        "事项" + number,
                        1,
                        department,
                        Applicant.person("张*", "3701**********1234"),
                        null,
                        Channel.ONLINE,
                        jurisdiction,
                        jurisdiction,
                        Map.of(),
                        List.of(),
                        state,
                        5,
                        null,
                        null,
                        false,
                        Instant.parse("2026-03-01T02:00:00Z")));
    }

    @Override
    public List<IntakeCase> cases(long accountId, int limit) {
        return cases.values().stream()
                .filter(k -> owners.get(k.number()) == accountId)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<CitizenCase> find(long accountId, String number) {
        return Optional.ofNullable(cases.get(number))
                .filter(k -> owners.get(number) == accountId)
                .map(k -> new CitizenCase(k, List.of()));
    }

    @Override
    public byte[] document(long accountId, String number, long documentId) {
        throw IntakeException.of("intake.error.caseNotFound", number);
    }
}
