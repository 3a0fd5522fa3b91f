/** The console page of credit records. */
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/credit-ui")
package org.tongban.credit.ui.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
