/** The platform database, thread-bound transactions and schema migrations declared by bundles. */
@Export
@Version("1.1.0")
package org.tongban.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
