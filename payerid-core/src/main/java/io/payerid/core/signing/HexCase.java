package io.payerid.core.signing;

/** Output case of a hex digest: WeChat Pay wants UPPER, several acquirers send lower. */
public enum HexCase {
    UPPER,
    LOWER
}
