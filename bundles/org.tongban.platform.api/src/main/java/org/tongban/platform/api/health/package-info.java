/** Health of the platform's parts, collected by the host for {@code /health} and the console. */
@Export
@Version("1.0.0")
package org.tongban.platform.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
