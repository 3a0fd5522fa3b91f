/** Contributions of public JSON endpoints below {@code /api}. */
@Export
@Version("1.0.0")
package org.tongban.platform.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
