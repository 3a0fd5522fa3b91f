/** Platform-wide constants shared by the host and the bundles. */
@Export
@Version("1.0.0")
package org.tongban.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
