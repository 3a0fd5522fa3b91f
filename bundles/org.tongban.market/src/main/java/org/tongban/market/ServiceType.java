package org.tongban.market;

import java.util.List;

/**
 * A kind of intermediary service offered on the market (环评, 安评, 测绘, 造价, 设计, 检测, 评估 ...).
 *
 * @param code short upper-case code, for example {@code EIA}
 * @param name the name shown, for example 环境影响评价
 * @param statutory whether a law or regulation requires it (法定中介服务)
 * @param legalBasis the law that requires it; required when statutory, else {@code null}
 * @param matterCodes the catalogue matters that need it (the matters' intermediary-service field)
 */
public record ServiceType(String code, String name, boolean statutory, String legalBasis, List<String> matterCodes) {
    public ServiceType {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }
}
