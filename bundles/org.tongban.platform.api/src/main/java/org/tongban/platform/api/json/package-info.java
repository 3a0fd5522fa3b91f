/** The one JSON helper of the platform, on Jackson 2: every API route reads and writes JSON through it. */
@Export
@Version("1.0.0")
package org.tongban.platform.api.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
