/** The platform database and schema migrations declared by bundles. */
@Export
@Version("1.0.0")
package org.tongban.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
