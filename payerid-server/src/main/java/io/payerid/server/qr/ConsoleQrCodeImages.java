package io.payerid.server.qr;

import io.payerid.console.port.QrCodeImages;
import org.springframework.stereotype.Component;

/** The console's QR port, drawn by the same renderer as the QR counter codes. */
@Component
class ConsoleQrCodeImages implements QrCodeImages {

    @Override
    public byte[] png(String content, int sizePixels) {
        return QrImages.png(content, sizePixels);
    }
}
