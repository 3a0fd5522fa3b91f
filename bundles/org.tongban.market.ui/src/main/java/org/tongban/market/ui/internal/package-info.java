/**
 * The views of the intermediary service market: the market office's console, the agencies' and owners' desks in the
 * portal (they act through their own public account), and the public pages without a session (directory, projects,
 * the draw and its re-check). Nothing here is exported; the host finds the views through their {@code
 * ViewContribution} services, the pages through {@code PublicPage}, the re-run script through {@code ApiRoute} and
 * the texts through the messages header.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/market-ui")
package org.tongban.market.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
