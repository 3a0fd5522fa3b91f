package org.tongban.catalogue;

/**
 * A department (部门) that owns matters, for example 济南市市场监督管理局; as the implementing body (实施主体) of its
 * matters it is identified by its unified social credit code.
 *
 * @param code unique code, for example {@code 370100-SJJ}
 * @param name official name
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction it belongs to
 * @param phone contact phone, or {@code null}
 * @param creditCode unified social credit code (统一社会信用代码, GB 32100: 18 characters, the last a check character),
 *     or {@code null} where it is not yet recorded
 */
public record Department(String code, String name, String jurisdictionCode, String phone, String creditCode) {

    /** A department whose credit code is not recorded. */
    public Department(String code, String name, String jurisdictionCode, String phone) {
        this(code, name, jurisdictionCode, phone, null);
    }
}
