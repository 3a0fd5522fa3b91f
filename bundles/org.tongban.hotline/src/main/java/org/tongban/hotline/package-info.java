/**
 * The 12345 hotline (接诉即办): a ticket (工单) from any {@link org.tongban.hotline.Channel}, answered at once from a
 * knowledge-base article (直办) or dispatched through the city's {@link org.tongban.hotline.DispatchCatalogue} to a lead
 * unit and assisting units, on the {@code hotline} workflow of GB/T 33358 from 受理 to 评价. {@link
 * org.tongban.hotline.HotlineService} changes tickets, {@link org.tongban.hotline.HotlineQueries} lists them, suggests
 * similar ones and counts the units' KPIs; both check {@link org.tongban.hotline.HotlinePermissions} themselves: the
 * hotline office at the ticket's place, a unit only for tickets dispatched to it or its sub-units. Callers' numbers leave
 * the service masked and confidential callers never reach a unit. Steps publish {@code hotline/ACTION}; overdue tickets
 * are supervised with {@value org.tongban.hotline.HotlineTopics#SUPERVISE}. The {@link org.tongban.hotline.KnowledgeBase}
 * holds the articles 直办 answers and replies cite, versioned with review. E-mail and SMS reach the hotline through
 * gateways: an {@link org.tongban.hotline.InboundGateway} the hotline polls, or a push to {@link
 * org.tongban.hotline.MessageIntake}; each message becomes one ticket, however often it is delivered.
 */
@Export
@Version("1.6.0")
package org.tongban.hotline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
