// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * I-1: delivers invitation messages as plain-text e-mails through the shop's
 * {@link JavaMailSender}, rendered from {@code dev/vouchers/spring/invitation-mail*.properties}
 * in the partner's language (English and German ship). Each carries the message id in the
 * header {@value MailMessageDelivery#MESSAGE_ID_HEADER} for de-duplication.
 */
final class MailInvitationDelivery implements MessageDelivery<InvitationMessage> {
  static final String BUNDLE = "dev.vouchers.spring.invitation-mail";
  private final JavaMailSender sender;
  private final String from;
  private final ZoneId zone;

  MailInvitationDelivery(JavaMailSender sender, String from, ZoneId zone) {
    this.sender = sender;
    this.from = from;
    this.zone = zone;
  }

  /** Subject and text of the e-mail. */
  ActivationMailTemplate.MailContent render(InvitationMessage message, URI link) {
    Locale language = message.language();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String custom = message.customMessage().isBlank() ? ""
        : new MessageFormat(bundle.getString("custom"), language)
            .format(new Object[] {message.partnerName(), message.customMessage().strip()});
    String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
        .withZone(zone).format(message.expiresAt());
    Object[] arguments = {message.partnerName(), bundle.getString(message.type().name()),
        link.toString(), expires, custom, message.id().value()};
    return new ActivationMailTemplate.MailContent(
        new MessageFormat(bundle.getString("subject"), language).format(arguments),
        new MessageFormat(bundle.getString("text"), language).format(arguments));
  }

  @Override
  public void deliver(InvitationMessage message, URI link) throws Exception {
    ActivationMailTemplate.MailContent content = render(message, link);
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setSubject(content.subject());
    helper.setText(content.text());
    mime.setHeader(MailMessageDelivery.MESSAGE_ID_HEADER, message.id().value());
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
