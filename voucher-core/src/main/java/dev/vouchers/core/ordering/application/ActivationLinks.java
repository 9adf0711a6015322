// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.LinkToken;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** S-2, G-2: what the relay of the activation e-mails asks of the vouchers' services. */
final class ActivationLinks {
  private final Context context;

  ActivationLinks(Context context) {
    this.context = context;
  }

  /**
   * S-2, G-2: the link an activation e-mail carries: the redemption page with the message's
   * link token ({@code ?link=<token>}, no code), which works only while the assignment it was
   * sent for is current (ADR 0046). A message written before G-2 carries no token: its link is
   * the page with the code when codes are kept retrievable, the bare page (the customer types
   * the code the partner gave them) when they are shown once. For the relay that delivers the
   * outbox.
   *
   * @param message a message claimed from the outbox
   * @return the link to put in the e-mail
   */
  URI link(ActivationMessage message) {
    Optional<LinkToken> token = linkToken(message);
    if (token.isPresent()) {
      return context.settings().links().forLink(token.get());
    }
    return context.lookups().display(message.code()).map(context.settings().links()::forCode)
        .orElse(message.redemptionPage());
  }

  /** G-2: the link token a message carries sealed, opened. */
  private Optional<LinkToken> linkToken(ActivationMessage message) {
    return message.link().map(sealed -> new LinkToken(context.vault().openSecret(sealed,
        ActivationMessage.sealedWith(message.id()))));
  }

  /**
   * G-2: whether an activation message is still worth sending when the relay is about to send
   * it: its voucher is ASSIGNED as of now (not withdrawn, not cancelled with its order, not
   * expired, even if the expiry sweep has not written it yet, V-4, and not moved on to use)
   * and the message is the one its current assignment wrote (same recipient, not older than
   * the last send, and carrying the assignment's current link token: a resend to another
   * address, or a later one, overtakes it).
   *
   * @param message a message claimed from the outbox
   * @return false when the message was overtaken and must not be sent
   */
  boolean current(ActivationMessage message) {
    Instant now = context.now();
    return context.vouchers().voucher(message.voucher())
        .filter(voucher -> voucher.statusAt(now) == VoucherStatus.ASSIGNED)
        .flatMap(Voucher::assignment)
        .filter(assignment -> assignment.recipient().equals(message.recipient())
            && !message.createdAt().isBefore(assignment.sentAt())
            && linkToken(message).map(token -> assignment.link()
                .filter(link -> context.lookups().linkMatches(link, token)).isPresent())
                .orElse(true))
        .isPresent();
  }
}
