// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * S-2: delivers activation messages as plain-text e-mails through the shop's
 * {@link JavaMailSender}. Each e-mail carries the stable message id in the header
 * {@value #MESSAGE_ID_HEADER} so that a receiver can de-duplicate a redelivery.
 */
final class MailMessageDelivery implements MessageDelivery<ActivationMessage> {
  /** The header that carries the outbox message id. */
  static final String MESSAGE_ID_HEADER = "X-Vouchers-Message-Id";
  private final JavaMailSender sender;
  private final ActivationMailTemplate template;
  private final String from;

  MailMessageDelivery(JavaMailSender sender, ActivationMailTemplate template, String from) {
    this.sender = sender;
    this.template = template;
    this.from = from;
  }

  @Override
  public void deliver(ActivationMessage message, URI link) throws Exception {
    ActivationMailTemplate.MailContent content = template.render(message, link);
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setSubject(content.subject());
    helper.setText(content.text());
    mime.setHeader(MESSAGE_ID_HEADER, message.id().value());
    try {
      // S-2: a recipient the mail stack refuses to parse, or a 5xx reply, is parked, not
      // retried forever; a bad sender address is the shop's configuration and stays transient
      helper.setTo(MailRecipients.of(message.recipient()));
      sender.send(mime);
    } catch (Exception e) {
      throw MailFailures.classify(e);
    }
  }
}
