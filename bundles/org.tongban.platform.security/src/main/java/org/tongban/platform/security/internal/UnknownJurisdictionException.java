package org.tongban.platform.security.internal;

import org.tongban.platform.api.security.AccessDeniedException;

/** A denial because the jurisdiction code is not in the tree; its message says so, in Chinese. */
public class UnknownJurisdictionException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public UnknownJurisdictionException(String permission, String jurisdictionCode) {
        super(permission, jurisdictionCode);
    }

    @Override
    public String getMessage() {
        return "未知的行政区划代码：" + jurisdictionCode() + "，无权执行此操作（" + permission() + "）";
    }
}
