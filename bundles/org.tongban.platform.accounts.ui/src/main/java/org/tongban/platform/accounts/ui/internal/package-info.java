/** The portal pages of public accounts. */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/accounts-ui")
package org.tongban.platform.accounts.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
