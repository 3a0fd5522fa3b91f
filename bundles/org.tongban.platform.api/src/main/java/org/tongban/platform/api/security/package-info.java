/** Authentication, jurisdiction-scoped authorisation and the audit log. */
@Export
@Version("1.8.0")
package org.tongban.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
