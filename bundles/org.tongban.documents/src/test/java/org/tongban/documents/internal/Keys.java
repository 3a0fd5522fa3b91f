package org.tongban.documents.internal;

/** Seal keys generated once per test run: RSA key generation takes a noticeable fraction of a second. */
final class Keys {
    static final SealKey CITY = SealKeys.selfSigned("济南市政务服务电子印章（测试）", "济南市");
    static final SealKey FOREIGN = SealKeys.selfSigned("某市政务服务电子印章", "某市");
    static final SealKey NEXT_CITY = SealKeys.selfSigned("济南市政务服务电子印章（新）", "济南市");

    private Keys() {}
}
