// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import java.net.URI;
import java.util.Objects;

/**
 * S-2: the subject and text of an activation e-mail. The default renders
 * {@code dev/vouchers/spring/activation-mail*.properties} in the partner's language (English
 * and German ship); a shop defines its own bean of this type to replace it.
 */
@FunctionalInterface
public interface ActivationMailTemplate {

  /**
   * Renders one message.
   *
   * @param message the message claimed from the outbox
   * @param link the redemption link to put in the e-mail (C-6)
   * @return subject and plain-text body
   */
  MailContent render(ActivationMessage message, URI link);

  /**
   * A rendered e-mail.
   *
   * @param subject the subject line
   * @param text the plain-text body
   */
  record MailContent(String subject, String text) {
    /** Both parts required. */
    public MailContent {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(text, "text");
    }
  }
}
