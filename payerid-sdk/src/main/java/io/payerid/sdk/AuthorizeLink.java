package io.payerid.sdk;

/**
 * A wallet authorize page the merchant shows itself (button, QR code): the payer who opens it within
 * {@code expiresInSeconds} ends on the request's redirect URI with the usual signed answer.
 */
public record AuthorizeLink(String authorizeUrl, long expiresInSeconds) {
}
