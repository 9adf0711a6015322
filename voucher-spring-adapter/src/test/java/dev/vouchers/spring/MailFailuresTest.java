// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import jakarta.mail.internet.AddressException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * S-2: the mail delivery tells a message that can never be delivered (the relay parks it) from
 * one worth retrying, against an SMTP server that answers the recipient with a permanent (5xx)
 * or a temporary (4xx) refusal, and for the failures Jakarta Mail raises before any SMTP.
 */
class MailFailuresTest {
  private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
  private static final ActivationMessage MESSAGE = new ActivationMessage(MessageId.of("m-1"),
      VoucherId.of("v-1"), new PartnerId("p"), "Partner",
      new EmailAddress("nobody@customer.example"), "Hello",
      StoredCode.of(CodeDigest.of(new byte[32]), "ABCD", Optional.empty()),
      URI.create("https://shop.example/redeem"), "SSL DV", T0.plusSeconds(86_400), Locale.ENGLISH,
      T0);

  @Test
  void aRecipientTheServerRefusesPermanentlyIsAPermanentFailure_S2() throws Exception {
    try (RefusingSmtpServer server = new RefusingSmtpServer("550 5.1.1 <nobody@customer.example>:"
        + " Recipient address rejected: User unknown")) {
      MailMessageDelivery delivery = delivery(server.port());

      assertThatThrownBy(() -> delivery.deliver(MESSAGE, URI.create("https://shop.example/r")))
          .isInstanceOf(PermanentDeliveryFailure.class)
          .hasMessageContaining("550");
    }
  }

  @Test
  void aRecipientTheServerRefusesForNowIsRetried_S2() throws Exception {
    try (RefusingSmtpServer server = new RefusingSmtpServer("450 4.2.1 mailbox busy, try later")) {
      MailMessageDelivery delivery = delivery(server.port());

      assertThatThrownBy(() -> delivery.deliver(MESSAGE, URI.create("https://shop.example/r")))
          .isNotInstanceOf(PermanentDeliveryFailure.class)
          .isInstanceOf(MailSendException.class);
    }
  }

  @Test
  void anInternationalisedDomainIsSentInItsAsciiForm_S2() throws Exception {
    ActivationMessage toMueller = new ActivationMessage(MessageId.of("m-2"), VoucherId.of("v-2"),
        new PartnerId("p"), "Partner", new EmailAddress("anna@m\u00fcller.ch"), "Hello",
        StoredCode.of(CodeDigest.of(new byte[32]), "ABCD", Optional.empty()),
        URI.create("https://shop.example/redeem"), "SSL DV", T0.plusSeconds(86_400),
        Locale.ENGLISH, T0);
    try (RefusingSmtpServer server = new RefusingSmtpServer("550 5.1.1 no such user")) {
      MailMessageDelivery delivery = delivery(server.port());

      assertThatThrownBy(() -> delivery.deliver(toMueller, URI.create("https://shop.example/r")))
          .isInstanceOf(PermanentDeliveryFailure.class);
      assertThat(server.recipients()).containsExactly("RCPT TO:<anna@xn--mller-kva.ch>");
    }
  }

  @Test
  void anAddressTheMailStackCannotParseIsPermanent_S2() {
    assertThat(MailFailures.classify(new AddressException("Illegal character", "a\u0001b@x")))
        .isInstanceOf(PermanentDeliveryFailure.class);
  }

  @Test
  void anUnreachableServerOrFailedLoginIsRetried_S2() {
    MailSendException unreachable = new MailSendException("Mail server connection failed",
        new ConnectException("Connection refused"));
    assertThat(MailFailures.classify(unreachable)).isSameAs(unreachable);
    MailAuthenticationException login = new MailAuthenticationException("535 bad credentials");
    assertThat(MailFailures.classify(login)).isSameAs(login);
  }

  private static MailMessageDelivery delivery(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    return new MailMessageDelivery(sender,
        (message, link) -> new ActivationMailTemplate.MailContent("subject", "text " + link),
        "vouchers@shop.example");
  }

  /**
   * A minimal SMTP server on a free loopback port that accepts everything but the recipient,
   * which it answers with the given reply.
   */
  private static final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final java.util.List<String> recipients =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    RefusingSmtpServer(String recipientReply) throws IOException {
      this.socket = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
      Thread thread = new Thread(() -> serve(recipientReply), "refusing-smtp");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    /** The RCPT commands the server was sent, as sent. */
    java.util.List<String> recipients() {
      return java.util.List.copyOf(recipients);
    }

    private void serve(String recipientReply) {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept();
            BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            PrintWriter out = new PrintWriter(client.getOutputStream(), true,
                StandardCharsets.US_ASCII)) {
          reply(out, "220 refusing.example ESMTP");
          String line;
          while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("RCPT")) {
              recipients.add(line);
              reply(out, recipientReply);
            } else if (command.startsWith("DATA")) {
              reply(out, "554 5.5.1 no valid recipients");
            } else if (command.startsWith("QUIT")) {
              reply(out, "221 bye");
              break;
            } else {
              reply(out, "250 OK");
            }
          }
        } catch (IOException e) {
          if (!socket.isClosed()) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    private static void reply(PrintWriter out, String line) {
      out.print(line + "\r\n");
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
