package org.tongban.intake;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A next step offered to the applicant in intake's notice of a case's result (办结, 不予许可), such as rating the service
 * (一事一评 of 好差评). Another feature registers it as a service; intake asks the highest ranked one when it sends the
 * notice and, when it answers a link, sends the notice's variant that carries it. Without one, the notice is as before.
 *
 * @since 1.3
 */
@ConsumerType
public interface FinishedCaseLink {

    /**
     * The portal's path for this case's next step, starting with {@code /} (for example {@code /my-ratings/SL…}), or
     * empty when there is none. Called in the step's transaction; it must not fail the step, and a failure leaves the
     * link out.
     */
    Optional<String> link(String caseNumber);
}
