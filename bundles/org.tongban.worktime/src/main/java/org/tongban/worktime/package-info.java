/**
 * The working-time engine (工作日与办理时限): calendars of working days per jurisdiction, deadline arithmetic in
 * working days, natural days, months, natural hours and working hours, clocks with pauses and extensions, deadline
 * events and on-time reports.
 *
 * <p>Every rule of the arithmetic is written on {@link org.tongban.worktime.WorkCalendar}; all of it is in the time
 * zone {@link org.tongban.worktime.WorkCalendar#ZONE Asia/Shanghai}.
 */
@Export
@Version("3.3.0")
@Header(name = "Tongban-Changelog", value = "db/worktime-changelog.xml")
package org.tongban.worktime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.versioning.Version;
