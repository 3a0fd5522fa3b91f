/**
 * The citizens' views of the catalogue: browsing service guides, one guide with all its fields, life events with
 * their situation questions. Nothing here is exported; the host finds the views through the {@code ViewContribution}
 * services and the texts of the whole bundle (portal and console) through the messages header declared here.
 */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/catalogue-ui")
package org.tongban.catalogue.ui.portal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
