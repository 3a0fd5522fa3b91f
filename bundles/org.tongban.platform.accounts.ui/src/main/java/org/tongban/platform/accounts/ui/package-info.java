/**
 * The citizen signed in to a portal session, for the portal views of every feature (my cases, 补正 online, the
 * hotline's follow-up): {@link org.tongban.platform.accounts.ui.CitizenSession}.
 */
@Export
@Version("1.1.0")
package org.tongban.platform.accounts.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
