/**
 * The clerks' console of comprehensive intake: the window desk, the queues, the case page and the statistics. Nothing
 * here is exported; the host finds the views through the {@code ViewContribution} services and the texts through the
 * messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/intake-ui")
package org.tongban.intake.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
