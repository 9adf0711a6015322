// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.kernel.EmailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;

/**
 * S-2, I-1: a recipient as the mail stack sends it. The core accepts internationalised
 * addresses (RFC 6531/6532); the domain goes out in its ASCII form ({@code müller.ch} as
 * {@code xn--mller-kva.ch}), which every mail server accepts. An ASCII local part is parsed
 * strictly by Jakarta Mail; a non-ASCII local part is passed on as it is and needs a server
 * that speaks SMTPUTF8 (one that does not answers 5xx, and the message is parked, visible).
 */
final class MailRecipients {
  private MailRecipients() {}

  static InternetAddress of(EmailAddress recipient) throws AddressException {
    String value = recipient.value();
    String address = value.substring(0, value.lastIndexOf('@') + 1) + recipient.asciiDomain();
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
      return new InternetAddress(address, true);
    }
    InternetAddress unicode = new InternetAddress();
    unicode.setAddress(address);
    return unicode;
  }
}
