package io.payerid.sandbox.wechatpay;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVGs carry the code: drawn back into pixels, ZXing's readers read the same 18 digits. */
class CodeImagesTest {

    private static final String CODE = "134291427096188722";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    @Test
    void barcodeIsCode128OfTheDigits() throws Exception {
        BinaryBitmap bitmap = rasterize(CodeImages.barcodeSvg(CODE), 3, 30);
        assertThat(new Code128Reader().decode(bitmap).getText()).isEqualTo(CODE);
    }

    @Test
    void qrIsTheDigits() throws Exception {
        BinaryBitmap bitmap = rasterize(CodeImages.qrSvg(CODE), 4, 4);
        assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText()).isEqualTo(CODE);
    }

    /** Paints the SVG's unit runs at the given scale (the barcode's single row is stretched vertically). */
    private static BinaryBitmap rasterize(String svg, int scaleX, int scaleY) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1)) * scaleX;
        int height = Integer.parseInt(box.group(2)) * scaleY;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1)) * scaleX;
            int y0 = Integer.parseInt(run.group(2)) * scaleY;
            int w = Integer.parseInt(run.group(3)) * scaleX;
            for (int y = y0; y < y0 + scaleY; y++) {
                java.util.Arrays.fill(pixels, y * width + x0, y * width + x0 + w, 0);
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    }
}
