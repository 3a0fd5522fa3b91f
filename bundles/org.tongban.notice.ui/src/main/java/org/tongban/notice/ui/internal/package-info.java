/**
 * The notice views: {@link org.tongban.notice.ui.internal.NoticePortalContribution} for citizens,
 * {@link org.tongban.notice.ui.internal.NoticeConsoleContribution} for clerks. Nothing here is exported; the host finds
 * the views through the {@code ViewContribution} services and the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/notice")
package org.tongban.notice.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
