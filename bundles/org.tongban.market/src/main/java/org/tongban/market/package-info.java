/**
 * The intermediary service supermarket (中介服务超市): service types linked to the catalogue's matters, agencies and
 * their qualifications ({@link org.tongban.market.Agencies}), projects from sign-up to rating with a selection anyone
 * can re-check ({@link org.tongban.market.Projects}, {@link org.tongban.market.Draw}, {@link
 * org.tongban.market.BestPrice}) and the agencies' credit with red and black lists ({@link
 * org.tongban.market.MarketCredit}). Agencies and owners act through their public (enterprise) accounts, passed as
 * {@code accountId}; the market office acts with staff permissions ({@link org.tongban.market.MarketPermissions}).
 */
@Export
@Version("1.0.0")
package org.tongban.market;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
