/**
 * 好差评 for citizens in the portal: the finished cases waiting for a rating, one case's rating page, and the mobile
 * app's routes for the same. Nothing here is exported; the host finds the views through their {@code ViewContribution}
 * services, the routes through {@code ApiRoute} and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/evaluation-portal")
package org.tongban.evaluation.portal.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
