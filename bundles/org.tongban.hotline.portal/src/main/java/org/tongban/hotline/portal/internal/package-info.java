/**
 * The citizens' pages of the 12345 hotline in the portal: filing a ticket (signed in, or the anonymous web form),
 * 我的诉求 with one ticket's page, and the mobile app's routes for the same. Nothing here is exported; the host finds
 * the views through their {@code ViewContribution} services, the routes through {@code ApiRoute} and the texts through
 * the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/hotline-portal")
package org.tongban.hotline.portal.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
