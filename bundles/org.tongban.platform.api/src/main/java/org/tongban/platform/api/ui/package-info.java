/** Contributions of Vaadin views, header widgets and console banners to the citizens' portal and the clerks' console. */
@Export
@Version("1.4.0")
package org.tongban.platform.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
