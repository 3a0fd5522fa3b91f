/** The console page of the notification outbox. */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/notify-ui")
package org.tongban.platform.notify.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
