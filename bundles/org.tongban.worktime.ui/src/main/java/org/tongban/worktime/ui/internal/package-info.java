/**
 * The console views of the working-time engine: calendars, clock history and reports. Nothing here is exported; the
 * host finds the views through the {@code ViewContribution} services and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/worktime")
package org.tongban.worktime.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
