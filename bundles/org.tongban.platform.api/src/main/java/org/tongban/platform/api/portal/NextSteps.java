package org.tongban.platform.api.portal;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a feature lets a citizen do about a matter (事项), registered as a service: the page that shows a matter (the
 * catalogue's guide) lists the steps of every registered service among its next steps, such as the hall's 预约. The
 * matter is named by its code, so a feature offers its step without depending on the feature that shows the page.
 * Pages are kept until their own content changes, so a step may depend on the matter, never on the visitor.
 */
@ConsumerType
public interface NextSteps {

    /** The steps for the matter of {@code matterCode} named {@code matterName}, in order; empty when there are none. */
    List<NextStep> forMatter(String matterCode, String matterName, Locale locale);
}
