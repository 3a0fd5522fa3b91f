/**
 * The console view of event delivery, {@code /console/events}: {@link
 * org.tongban.platform.events.ui.internal.EventsContribution} hands the outbox's administration to {@link
 * org.tongban.platform.events.ui.internal.EventDeliveryView}. Nothing here is exported; the host finds the view through
 * the {@code ViewContribution} service and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/events-ui")
package org.tongban.platform.events.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
