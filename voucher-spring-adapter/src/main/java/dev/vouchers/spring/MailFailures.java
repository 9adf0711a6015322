// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * S-2, I-1: tells a mail that can never be delivered from one worth retrying, for
 * {@link MailMessageDelivery} and {@link MailInvitationDelivery}. Permanent, so the relay parks
 * the message: an address Jakarta Mail cannot parse ({@link AddressException}), a message that
 * cannot be built ({@link MailParseException}, {@link MailPreparationException}), and an SMTP
 * reply in the 5xx range (a refused recipient, {@code 550 5.1.1}, or a refused message),
 * including a {@link SendFailedException} naming invalid addresses. Everything else (the server
 * unreachable, a 4xx reply, failed authentication: a configuration the shop fixes) is
 * transient and retried with backoff.
 */
final class MailFailures {
  private MailFailures() {}

  /**
   * The failure as the relay should see it.
   *
   * @param failure what sending threw
   * @return a {@link PermanentDeliveryFailure} wrapping it when it is permanent, else itself
   */
  static Exception classify(Exception failure) {
    return permanentReason(failure)
        .<Exception>map(reason -> new PermanentDeliveryFailure(reason + ": "
            + describe(failure), failure))
        .orElse(failure);
  }

  /** Why the failure is permanent, or empty when it is worth retrying. */
  static Optional<String> permanentReason(Throwable failure) {
    boolean transientReply = false;
    for (Throwable t : causes(failure)) {
      if (t instanceof AddressException) {
        return Optional.of("the address cannot be parsed");
      }
      if (t instanceof MailParseException || t instanceof MailPreparationException) {
        return Optional.of("the message cannot be built");
      }
      OptionalIntCode code = smtpReturnCode(t);
      if (code.present && code.value >= 500 && code.value < 600) {
        return Optional.of("the mail server refused it permanently (" + code.value + ")");
      }
      if (code.present && code.value >= 400 && code.value < 500) {
        transientReply = true;
      }
      if (t instanceof SendFailedException sendFailed && !transientReply
          && sendFailed.getInvalidAddresses() != null
          && sendFailed.getInvalidAddresses().length > 0
          && (sendFailed.getValidSentAddresses() == null
              || sendFailed.getValidSentAddresses().length == 0)
          && (sendFailed.getValidUnsentAddresses() == null
              || sendFailed.getValidUnsentAddresses().length == 0)) {
        return Optional.of("the mail server refused the recipient");
      }
    }
    return Optional.empty();
  }

  /** The failure, its causes, next exceptions and, for Spring, each failed message's. */
  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> all = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(failure));
    while (!todo.isEmpty() && all.size() < 50) {
      Throwable t = todo.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      all.add(t);
      todo.add(t.getCause());
      if (t instanceof jakarta.mail.MessagingException messaging) {
        todo.add(messaging.getNextException());
      }
      if (t instanceof MailSendException send) {
        todo.addAll(List.of(send.getMessageExceptions()));
      }
    }
    return all;
  }

  /** An SMTP reply code, when present. */
  private record OptionalIntCode(boolean present, int value) {}

  /**
   * The SMTP reply code of Angus Mail's {@code SMTPAddressFailedException},
   * {@code SMTPSendFailedException} and the like ({@code getReturnCode()}), read reflectively
   * so that the adapter needs only the Jakarta Mail API.
   */
  private static OptionalIntCode smtpReturnCode(Throwable t) {
    try {
      Method method = t.getClass().getMethod("getReturnCode");
      if (method.getReturnType() == int.class) {
        return new OptionalIntCode(true, (int) method.invoke(t));
      }
    } catch (NoSuchMethodException e) {
      return new OptionalIntCode(false, 0);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new OptionalIntCode(false, 0);
    }
    return new OptionalIntCode(false, 0);
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null ? failure.getClass().getName()
        : failure.getClass().getName() + ": " + failure.getMessage();
  }
}
