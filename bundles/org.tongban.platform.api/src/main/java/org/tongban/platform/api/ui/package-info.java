/** Contributions of Vaadin views and header widgets to the citizens' portal and the clerks' console. */
@Export
@Version("1.3.0")
package org.tongban.platform.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
