// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The default {@link ActivationMailTemplate}: message formats from the resource bundle
 * {@code dev/vouchers/spring/activation-mail} in the partner's language, English where the
 * bundle has none. A shop may put its own {@code activation-mail_xx.properties} on the class
 * path for further languages. The text names the voucher's order by its number (M-4).
 */
final class BundledActivationMailTemplate implements ActivationMailTemplate {
  static final String BUNDLE = "dev.vouchers.spring.activation-mail";
  private final ZoneId zone;

  BundledActivationMailTemplate(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public MailContent render(ActivationMessage message, URI link) {
    Locale language = message.language();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String personal = message.personalMessage().isBlank() ? ""
        : new MessageFormat(bundle.getString("personal"), language)
            .format(new Object[] {message.partnerName(), message.personalMessage().strip()});
    String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
        .withZone(zone).format(message.expiresAt());
    // M-4: the order the voucher was bought with, by its number (none for an earlier message)
    String order = message.orderNumber().isEmpty() ? ""
        : new MessageFormat(bundle.getString("order"), language)
            .format(new Object[] {message.orderNumber()});
    Object[] arguments = {message.partnerName(), message.productName(), link.toString(),
        expires, personal, message.id().value(), order, message.orderNumber()};
    return new MailContent(
        new MessageFormat(bundle.getString("subject"), language).format(arguments),
        new MessageFormat(bundle.getString("text"), language).format(arguments));
  }
}
