/**
 * 帮办代办 in the console: the team queue, the request page, the new-request form and the teams. Nothing here is
 * exported; the host finds the views through the {@code ViewContribution} services and the texts through the messages
 * header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/helpdesk-ui")
package org.tongban.helpdesk.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
