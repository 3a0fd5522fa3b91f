/**
 * The citizens' guide search: the search box in the header of every portal page and the results page. Nothing here is
 * exported; the host finds the views, widgets and endpoints through their whiteboard services and the texts of the
 * whole bundle through the messages header declared here.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/search-ui")
package org.tongban.search.ui.portal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
