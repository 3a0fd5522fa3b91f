/** Plain JDBC helpers every bundle shares: statements, parameters, time values, and thread-bound transactions. */
@Export
@Version("1.0.0")
package org.tongban.platform.api.jdbc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
