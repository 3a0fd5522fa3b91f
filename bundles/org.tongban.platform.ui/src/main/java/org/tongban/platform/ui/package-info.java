/**
 * The UI kit of the {@code .ui} bundles: jurisdiction fields, feedback, reason dialogs, status and deadline badges,
 * history timelines, bookmarkable paged grids and their filter panels, charts, and declarative view contributions ({@link
 * org.tongban.platform.ui.TongbanView}). Every component works with the keyboard, names itself for screen readers,
 * fits a 390 px wide phone and follows the large-type high-contrast mode (关怀模式) of the themes.
 */
@Export
@Version("1.3.0")
package org.tongban.platform.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
