/**
 * Public pages of the portal, served as plain HTML without a session: a bundle registers a {@link
 * org.tongban.platform.api.portal.PublicPage} with {@link org.tongban.platform.api.portal.PublicRoute} properties, and
 * the host renders its template inside the city's page frame (theme, care mode, language, footer), answers
 * conditional requests and keeps rendered pages until an event of the page's topics arrives. A {@link
 * org.tongban.platform.api.portal.TraditionalScript} turns a page shown in 繁體 wholly into Traditional characters; {@link
 * org.tongban.platform.api.portal.NextSteps} let a feature offer what a citizen can do about a matter on the page of
 * another feature.
 */
@Export
@Version("1.2.0")
package org.tongban.platform.api.portal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
