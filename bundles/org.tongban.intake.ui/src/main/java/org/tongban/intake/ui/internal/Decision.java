package org.tongban.intake.ui.internal;

import java.util.Collection;
import java.util.List;
import org.tongban.catalogue.Matter;
import org.tongban.intake.MaterialState;

/** What the window decides at the end of the desk's wizard, and which decisions a checklist allows. */
enum Decision {
    /** 受理. */
    ACCEPT,
    /** 即办: an instant matter with everything at hand is accepted and completed as it is received. */
    INSTANT,
    /** 容缺受理: accepted with tolerated materials missing, the result held until they arrive. */
    TOLERANT,
    /** 告知承诺: decided on the spot on the applicant's pledge. */
    PLEDGE,
    /** 补正: one notice of everything to correct. */
    SUPPLEMENT,
    /** 不予受理. */
    REJECT,
    /** Only 收件: received, decided later (or by the processing side of a cross-region case). */
    RECEIVE_ONLY;

    /**
     * The decisions a checklist allows: a missing material only lets the window ask for it, refuse or just receive;
     * the service decides pledges and instant matters on the spot as it receives them.
     */
    static List<Decision> allowed(Matter matter, Collection<MaterialState> states) {
        if (states.contains(MaterialState.MISSING)) {
            return List.of(SUPPLEMENT, REJECT, RECEIVE_ONLY);
        }
        if (states.contains(MaterialState.PLEDGED)) {
            return List.of(PLEDGE);
        }
        if (states.contains(MaterialState.TOLERATED)) {
            return List.of(TOLERANT, SUPPLEMENT, REJECT, RECEIVE_ONLY);
        }
        if (matter.instant()) {
            return List.of(INSTANT);
        }
        return List.of(ACCEPT, SUPPLEMENT, REJECT, RECEIVE_ONLY);
    }
}
