/**
 * Open311 GeoReport v2 for the 12345 hotline, served below {@code /api/open311/v2/}. {@link
 * org.tongban.hotline.open311.Open311Keys} issues and revokes the API keys clients post requests with: each key acts
 * for an account that holds {@code hotline:accept}, and is stored only as a hash.
 */
@Export
@Version("1.0.0")
package org.tongban.hotline.open311;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
