package org.tongban.intake.ui.internal;

import java.util.Set;
import org.tongban.intake.CaseView;
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
            "terminate",
            "assign",
            "inspect",
            "suspend",
            "extend",
            "revoke");

    private CaseSteps() {}

    /**
     * The step a table row offers as a button, or null: the false-pledge row ({@code revoke}) is the verification of
     * a 告知承诺 case's pledges, offered while they are unverified, whose dialog records either finding.
     */
    static String offered(String action, CaseView.PledgeCheck pledge) {
        if (!SUPPORTED.contains(action)) {
            return null;
        }
        if ("revoke".equals(action)) {
            return pledge != null && pledge.verifiedAt() == null ? "verifyPledge" : null;
        }
        return action;
    }

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
