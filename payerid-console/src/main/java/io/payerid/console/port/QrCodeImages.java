package io.payerid.console.port;

/** Draws any text as a QR code PNG (the server's QR renderer); the TOTP enrolment shows its otpauth URI with it. */
public interface QrCodeImages {

    byte[] png(String content, int sizePixels);
}
