package io.payerid.server.dialect.jucai;

/**
 * One row of our 应答码表: the top-level {@code code} and {@code msg} of an answer and its
 * {@code data.returnCode}. {@code data.returnMsg} carries the specific reason (or {@code SUCCESS}).
 *
 * @param code       top-level {@code code}: 200 for success, else the HTTP-like class of the failure
 * @param returnCode six digits, stable: what merchants branch on
 * @param msg        top-level {@code msg}, zh-CN, stable per returnCode
 */
public record JucaiReturnCode(int code, String returnCode, String msg) {
}
