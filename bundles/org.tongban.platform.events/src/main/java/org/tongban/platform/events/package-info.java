/** Operating the outbox: handler positions, dead letters and their replay. */
@Export
@Version("1.0.0")
package org.tongban.platform.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
