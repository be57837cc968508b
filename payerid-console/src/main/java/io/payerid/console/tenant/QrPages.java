package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.QrEntryCatalog;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A merchant's QR counter codes (台卡): create one for an app and a whitelisted return page, preview its PNG,
 * download its SVG, print an A6 card.
 */
@Controller
@RequestMapping("/console/merchants/{mchNo}/qr")
public class QrPages {

    private static final int MAX_NAME = 128;
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final QrEntryCatalog catalog;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final MerchantPages merchants;

    public QrPages(QrEntryCatalog catalog, ConsoleAccess access, ConsoleChanges changes, MerchantPages merchants) {
        this.catalog = catalog;
        this.access = access;
        this.changes = changes;
        this.merchants = merchants;
    }

    @PostMapping
    String create(ConsoleUser user, @PathVariable String mchNo, @RequestParam(defaultValue = "") String appId,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String redirectUri,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        model.addAttribute("errorSection", "qr");
        if (name.isBlank() || name.length() > MAX_NAME || redirectUri.isBlank() || redirectUri.length() > 2048) {
            return merchants.showWithError(user, mchNo, response, model, "qr.incomplete", null);
        }
        QrEntryCatalog.Entry entry;
        try {
            entry = catalog.create(merchant.id(), appId, name.trim(), redirectUri.trim());
        } catch (PayerIdException e) {
            return merchants.showWithError(user, mchNo, response, model, "qr.refused", e.detail());
        }
        changes.record(user, request, "qr.create", entry.code(), merchant.id(),
                "mchNo=" + mchNo + ", appId=" + appId + ", name=" + name.trim() + ", redirectUri=" + redirectUri.trim());
        return "redirect:/console/merchants/" + mchNo;
    }

    @GetMapping(value = "/{code}.png")
    ResponseEntity<byte[]> png(ConsoleUser user, @PathVariable String mchNo, @PathVariable String code,
                               @RequestParam(defaultValue = "256") int size) {
        Merchant merchant = access.readableMerchant(user, mchNo);
        if (size < 128 || size > 2048) {
            throw new ConsoleRefusal(400, "error.badRequest");
        }
        byte[] png = catalog.png(merchant.id(), code, size).orElseThrow(ConsoleRefusal::notFound);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    /** The code as SVG for a print shop: a download, so a browser never renders it as a page of the console. */
    @GetMapping(value = "/{code}.svg")
    ResponseEntity<String> svg(ConsoleUser user, @PathVariable String mchNo, @PathVariable String code) {
        Merchant merchant = access.readableMerchant(user, mchNo);
        String svg = catalog.svg(merchant.id(), code).orElseThrow(ConsoleRefusal::notFound);
        return ResponseEntity.ok().contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("payerid-qr-" + code + ".svg").build().toString())
                .body(svg);
    }

    /**
     * A printable A6 counter card (print CSS, no script): the merchant's name, the code as an inline SVG image
     * (a data: URI, which the console's image policy admits), the three wallets and the entry's label.
     */
    @GetMapping("/{code}/sheet")
    String sheet(ConsoleUser user, @PathVariable String mchNo, @PathVariable String code, Model model) {
        Merchant merchant = access.readableMerchant(user, mchNo);
        QrEntryCatalog.Entry entry = catalog.entry(merchant.id(), code).orElseThrow(ConsoleRefusal::notFound);
        String svg = catalog.svg(merchant.id(), code).orElseThrow(ConsoleRefusal::notFound);
        model.addAttribute("merchant", merchant);
        model.addAttribute("entry", entry);
        model.addAttribute("qrImage", "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        return "console/qr-sheet";
    }
}
