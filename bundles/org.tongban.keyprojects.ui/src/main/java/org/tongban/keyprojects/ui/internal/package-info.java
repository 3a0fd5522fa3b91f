/**
 * The green channel's pages: the console's project list, project page and editor; the owner enterprise's progress page
 * in the portal. Nothing here is exported; the host finds the views through the {@code ViewContribution} services and
 * the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/keyprojects-ui")
package org.tongban.keyprojects.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
