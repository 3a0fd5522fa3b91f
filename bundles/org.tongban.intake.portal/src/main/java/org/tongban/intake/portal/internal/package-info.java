/**
 * The citizens' pages of intake in the portal: {@link org.tongban.intake.portal.internal.TrackCaseContribution}, the
 * public tracking page. Nothing here is exported; the host finds the views through their {@code ViewContribution}
 * services and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/intake-portal")
package org.tongban.intake.portal.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
