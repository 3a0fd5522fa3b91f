/**
 * The 12345 hotline's console: the agent desk, the office's list, the ticket page, the unit queue, the dispatch
 * catalogue, the statistics and the big screen. Nothing here is exported; the host finds the views through the {@code
 * ViewContribution} services and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/hotline-ui")
package org.tongban.hotline.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
