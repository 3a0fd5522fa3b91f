/**
 * 好差评 in the console (the close-out queue, the ratings, the statistics, the window tablets) and the window tablet's
 * kiosk page. Nothing here is exported; the host finds the views through the {@code ViewContribution} services and the
 * texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/evaluation-ui")
package org.tongban.evaluation.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
