/**
 * The citizens' pages of intake in the portal: {@link org.tongban.intake.portal.internal.TrackCaseContribution}, the
 * public tracking page; 我的办件 with one case's page (补正 and 容缺 online); the apply pages of a matter and of a life
 * event; and {@link org.tongban.intake.portal.internal.ApplyLinks}, 在线申请 on the catalogue's public pages. Nothing
 * here is exported; the host finds the views through their {@code ViewContribution} services and the texts through the
 * messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/intake-portal")
package org.tongban.intake.portal.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
