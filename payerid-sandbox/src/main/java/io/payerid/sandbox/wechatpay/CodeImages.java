package io.payerid.sandbox.wechatpay;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The two pictures of a payment code the WeChat wallet shows, drawn by ZXing and written as inline SVG:
 * a Code 128 barcode (what a cashier's laser scanner reads) and a QR code.
 */
final class CodeImages {

    private static final int QUIET_ZONE_MODULES = 10;

    private CodeImages() {
    }

    static String barcodeSvg(String digits) {
        // One row of modules with its quiet zones; the SVG stretches it to the bar height.
        BitMatrix bars = new Code128Writer().encode(digits, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        return svg(bars, 320, 96, "条形码 " + digits);
    }

    static String qrSvg(String digits) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(digits, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            return svg(modules, 200, 200, "二维码 " + digits);
        } catch (WriterException e) {
            throw new IllegalStateException("18 digits always fit a QR code", e);
        }
    }

    /** One path of unit squares per dark run, scaled by the viewBox; crisp edges keep scanners happy. */
    private static String svg(BitMatrix matrix, int widthPx, int heightPx, String label) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + label + "\" width=\"" + widthPx
                + "\" height=\"" + heightPx + "\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" preserveAspectRatio=\"none\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
