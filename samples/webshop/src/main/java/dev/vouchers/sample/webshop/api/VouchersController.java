// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.sample.webshop.pdf.VoucherPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One voucher: read it with its history (V-2), print it (S-3), comment on it (V-8), send,
 * resend and withdraw its activation link (S-2, V-1), and, for vendor support, report its
 * certificate revoked (V-5).
 */
@RestController
@RequestMapping("/api/vouchers/{voucher}")
class VouchersController {
  private final GetVoucher getVoucher;
  private final PrintVoucher printVoucher;
  private final ObjectProvider<VoucherPdf> pdf;
  private final CommentOnVoucher commentOnVoucher;
  private final SendActivationLink sendActivationLink;
  private final WithdrawActivationLink withdrawActivationLink;
  private final ReportCertificateRevoked reportCertificateRevoked;

  VouchersController(GetVoucher getVoucher, PrintVoucher printVoucher,
      ObjectProvider<VoucherPdf> pdf, CommentOnVoucher commentOnVoucher,
      SendActivationLink sendActivationLink, WithdrawActivationLink withdrawActivationLink,
      ReportCertificateRevoked reportCertificateRevoked) {
    this.getVoucher = getVoucher;
    this.printVoucher = printVoucher;
    this.pdf = pdf;
    this.commentOnVoucher = commentOnVoucher;
    this.sendActivationLink = sendActivationLink;
    this.withdrawActivationLink = withdrawActivationLink;
    this.reportCertificateRevoked = reportCertificateRevoked;
  }

  /** V-2, C-5: the voucher with its real status and its history. */
  @GetMapping
  VoucherJsons.VoucherDetailsJson voucher(ApiUser actor, @PathVariable("voucher") String voucher) {
    return VoucherJsons.VoucherDetailsJson.of(Problems.orRefuse(
        getVoucher.get(new GetVoucher.Command(actor.principal(), voucherId(voucher)))));
  }

  /** S-3: the printable voucher as a PDF; 501 when the shop runs without a PDF renderer. */
  @GetMapping("/pdf")
  ResponseEntity<byte[]> pdf(ApiUser actor, @PathVariable("voucher") String voucher) {
    VoucherId id = voucherId(voucher);
    PrintableVoucher printable = Problems.orRefuse(
        printVoucher.print(new PrintVoucher.Command(actor.principal(), id)));
    VoucherPdf renderer = pdf.getIfAvailable();
    if (renderer == null) {
      throw Problems.notImplemented("this shop runs without a PDF renderer");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.inline()
            .filename("voucher-" + id.value() + ".pdf").build().toString())
        .body(renderer.render(printable));
  }

  /** V-8: attaches or replaces the partner's comment; a blank text removes it. */
  @PutMapping("/comment")
  VoucherJsons.VoucherJson comment(ApiUser actor, @PathVariable("voucher") String voucher,
      @RequestBody Bodies.CommentBody body) {
    String text = Bodies.required(body.text(), "text");
    return VoucherJsons.VoucherJson.of(Problems.orRefuse(commentOnVoucher.comment(
        new CommentOnVoucher.Command(actor.principal(), voucherId(voucher), text))));
  }

  /**
   * S-2, V-1: sends (or resends, maybe to another address) the activation link. G-3: with an
   * {@code Idempotency-Key}, the same request again sends nothing.
   */
  @PostMapping("/activation-link")
  VoucherJsons.VoucherJson sendActivationLink(ApiUser actor, @PathVariable("voucher") String voucher,
      @RequestBody Bodies.ActivationLinkBody body,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) @Nullable String key) {
    String email = Bodies.required(body.email(), "email");
    String message = body.message() == null ? "" : body.message();
    return VoucherJsons.VoucherJson.of(Problems.orRefuse(sendActivationLink.send(
        new SendActivationLink.Command(actor.principal(), voucherId(voucher), email, message,
            IdempotencyHeader.of(key)))));
  }

  /** V-1: withdraws the activation link; the voucher is VALID again. */
  @DeleteMapping("/activation-link")
  VoucherJsons.VoucherJson withdrawActivationLink(ApiUser actor, @PathVariable("voucher") String voucher,
      @RequestParam(name = "why", required = false) @Nullable String why) {
    return VoucherJsons.VoucherJson.of(Problems.orRefuse(withdrawActivationLink.withdraw(
        new WithdrawActivationLink.Command(actor.principal(), voucherId(voucher),
            why == null ? "" : why))));
  }

  /**
   * V-5: vendor support reports that the certificate requested with the voucher was cancelled
   * or revoked; within the reissue window the voucher is VALID again.
   */
  @PostMapping("/revocation")
  VoucherJsons.VoucherJson revocation(ApiUser actor, @PathVariable("voucher") String voucher) {
    return VoucherJsons.VoucherJson.of(Problems.orRefuse(reportCertificateRevoked.report(
        new ReportCertificateRevoked.Command(actor.principal(), voucherId(voucher)))));
  }

  private static VoucherId voucherId(String raw) {
    return Ids.parse(raw, "voucher", VoucherId::of);
  }
}
