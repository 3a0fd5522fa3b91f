package org.tongban.intake.ui.internal;

import java.util.Set;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeService;

/** The workflow's steps the case page offers, and those that need nothing but the case and its version. */
final class CaseSteps {
    static final Set<String> SUPPORTED = Set.of(
            "takeOver",
            "accept",
            "reject",
            "requestSupplement",
            "supplement",
            "claim",
            "approve",
            "deny",
            "complete",
            "deliver",
            "resume",
            "withdraw",
            "terminate");

    private CaseSteps() {}

    static IntakeCase plain(IntakeService service, String action, String number, long version) {
        return switch (action) {
            case "takeOver" -> service.takeOver(number, version);
            case "accept" -> service.accept(number, version);
            case "supplement" -> service.supplement(number, version);
            case "claim" -> service.claim(number, version);
            case "complete" -> service.complete(number, version);
            case "resume" -> service.resume(number, version);
            default -> throw new IllegalStateException("Not a plain step: " + action);
        };
    }
}
