/**
 * The hall queue's pages: the console's set-up, clerk's panel and statistics; the kiosk and the calling screen; the
 * citizens' booking page and the mobile app's routes. Nothing here is exported; the host finds the views through the
 * {@code ViewContribution} services and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/hall-ui")
package org.tongban.hall.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
