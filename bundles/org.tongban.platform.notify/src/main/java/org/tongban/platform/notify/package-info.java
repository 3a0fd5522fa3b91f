/**
 * Notices to applicants and citizens (办件通知): {@link org.tongban.platform.notify.Notifications} writes them in the
 * caller's transaction to an outbox, keeps each recipient's in-app inbox and has them delivered by
 * {@link org.tongban.platform.notify.NotificationGateway} services (SMS, e-mail) with retries.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
