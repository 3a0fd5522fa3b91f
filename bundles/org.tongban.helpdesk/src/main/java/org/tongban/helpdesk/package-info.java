/**
 * 帮办代办: requests for help from a window, the portal, the mobile API, the phone, a visit or a handed-over hotline
 * ticket; helper {@link org.tongban.helpdesk.Team}s by level, domain and service area; assignment by hand or by domain,
 * area and load; first-contact responsibility (首问负责) until a recorded hand-over; the request's steps on the {@code
 * helpdesk} workflow table with its clock (suspension stops it). {@link org.tongban.helpdesk.HelpdeskService} checks
 * {@link org.tongban.helpdesk.HelpdeskPermissions} at the request's area itself. Steps publish {@code helpdesk/*}.
 */
@Export
@Version("1.3.0")
package org.tongban.helpdesk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
