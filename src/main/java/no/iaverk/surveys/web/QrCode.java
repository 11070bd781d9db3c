package no.iaverk.surveys.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;

/** A QR code as SVG: one path of unit squares, sharp at any projector size. */
final class QrCode {

    private QrCode() {}

    static String svg(String text) {
        try {
            BitMatrix matrix =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return """
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">\
                    <rect width="100%%" height="100%%" fill="#fff"/><path d="%s" fill="#000"/></svg>""".formatted(matrix.getWidth(), matrix.getHeight(), path);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }
}
