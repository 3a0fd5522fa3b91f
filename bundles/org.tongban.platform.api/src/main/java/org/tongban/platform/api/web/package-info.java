/**
 * HTTP routes below {@code /api}: a bundle registers an {@link org.tongban.platform.api.web.ApiRoute} with
 * {@link org.tongban.platform.api.web.HttpRoute} properties, and the host authenticates, checks the permission,
 * applies idempotency keys and CORS, and writes the typed answer as JSON.
 */
@Export
@Version("2.1.0")
package org.tongban.platform.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
