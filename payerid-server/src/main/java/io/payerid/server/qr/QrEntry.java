package io.payerid.server.qr;

/**
 * A static QR code on a merchant's counter (聚合码/台卡). Scanned by any wallet, it identifies the payer
 * with that wallet's silent flow and sends them to {@code redirectUri} (the merchant's cashier page,
 * whitelisted) with the identity signed for {@code appId}.
 */
public record QrEntry(String code, String merchantId, String appId, String name, String redirectUri, long createdAt) {
}
