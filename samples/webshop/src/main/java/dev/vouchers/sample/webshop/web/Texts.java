// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages' texts for what controllers write (confirmations, problems), in the language of the
 * request being handled ({@link Languages}); the templates read the same bundles with
 * {@code #{key}}.
 */
@Component
final class Texts {
  private final MessageSource messages;

  Texts(MessageSource messages) {
    this.messages = messages;
  }

  /** The text of {@code key} with its {@code {0}}, {@code {1}}, ... filled in. */
  String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
