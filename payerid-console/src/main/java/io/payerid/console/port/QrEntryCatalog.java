package io.payerid.console.port;

import java.util.List;

/** The merchant's QR counter codes (聚合码), kept by the server's qr package. */
public interface QrEntryCatalog {

    /** One entry: its code, label, app and the URL printed in the code. */
    record Entry(String code, String merchantId, String appId, String name, String redirectUri, String url) {
    }

    /** @throws io.payerid.core.error.PayerIdException INVALID_REQUEST (app of another merchant, target not whitelisted) */
    Entry create(String merchantId, String appId, String name, String redirectUri);

    List<Entry> ofMerchant(String merchantId);

    /** The PNG of the entry's code, when it belongs to that merchant. */
    java.util.Optional<byte[]> png(String merchantId, String code, int size);

    /** The entry with that code, when it belongs to that merchant. */
    java.util.Optional<Entry> entry(String merchantId, String code);

    /** The entry's code as an SVG document (scales for print), when it belongs to that merchant. */
    java.util.Optional<String> svg(String merchantId, String code);
}
