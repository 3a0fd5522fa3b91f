/**
 * Durable domain events: published into an outbox in the business transaction, delivered at least once, in order, to
 * every handler registered on the whiteboard.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
