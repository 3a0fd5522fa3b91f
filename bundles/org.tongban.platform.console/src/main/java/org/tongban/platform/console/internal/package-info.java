/** The console's administration views and the services behind them; nothing here is exported. */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/console")
package org.tongban.platform.console.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
