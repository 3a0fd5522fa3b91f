/**
 * Appointments and queue numbers of the service halls (预约叫号). {@link org.tongban.hall.HallAdministration} keeps the
 * halls, their windows with the catalogue matters each serves (a 综合窗口 serves many), the window groups and their
 * appointment slots cut from the hall's office hours of the working-time engine. {@link org.tongban.hall.Appointments}
 * books, cancels and lists a citizen's slots, never past a slot's capacity, and blocks online booking after repeated
 * no-shows. {@link org.tongban.hall.HallQueue} issues numbers at a kiosk, calls them at the windows and publishes
 * {@value org.tongban.hall.HallTopics#CALLED} and {@value org.tongban.hall.HallTopics#FINISHED}; {@link
 * org.tongban.hall.HallStatistics} reports waiting and service times. Every service checks {@link
 * org.tongban.hall.HallPermissions} at the hall's jurisdiction itself and audits every change.
 */
@Export
@Version("1.1.0")
package org.tongban.hall;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
