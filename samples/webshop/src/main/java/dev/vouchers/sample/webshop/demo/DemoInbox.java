// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;

/**
 * An SMTP server inside the sample (GreenMail on a free loopback port) that keeps every e-mail
 * the shop sends, so the activation link (S-2) can be followed without any mail setup.
 */
public final class DemoInbox implements DisposableBean {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /**
   * One received e-mail.
   *
   * @param index its position in the inbox, from 0
   * @param from the sender
   * @param to the recipients
   * @param subject the subject
   * @param body the text
   * @param receivedAt when it arrived (the SMTP server's real time)
   * @param links the links in the text, in order
   */
  public record Mail(int index, String from, String to, String subject, String body,
      Optional<Instant> receivedAt, List<String> links) {}

  private final GreenMail server;

  /**
   * Starts the server.
   *
   * @param port the SMTP port; 0 picks a free one
   */
  public DemoInbox(int port) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
  }

  /** The port the SMTP server listens on. */
  public int port() {
    return server.getSmtp().getPort();
  }

  /** Every e-mail received, newest first. */
  public List<Mail> mails() {
    MimeMessage[] received = server.getReceivedMessages();
    List<Mail> mails = new ArrayList<>();
    for (int i = 0; i < received.length; i++) {
      mails.add(read(i, received[i]));
    }
    mails.sort(Comparator.comparingInt(Mail::index).reversed());
    return mails;
  }

  /**
   * One page of the inbox, newest first: up to {@code count} e-mails whose index is below
   * {@code before} (the index of the last e-mail of the page before; {@link Integer#MAX_VALUE}
   * for the first page). Only the e-mails of the page are read.
   */
  public List<Mail> mails(int before, int count) {
    MimeMessage[] received = server.getReceivedMessages();
    List<Mail> mails = new ArrayList<>();
    for (int i = Math.min(before, received.length) - 1; i >= 0 && mails.size() < count; i--) {
      mails.add(read(i, received[i]));
    }
    return mails;
  }

  /** Forgets every e-mail. */
  public void clear() {
    server.reset();
  }

  private static Mail read(int index, MimeMessage message) {
    try {
      Object content = message.getContent();
      String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
      Matcher links = LINK.matcher(body);
      List<String> found = new ArrayList<>();
      while (links.find()) {
        found.add(links.group());
      }
      return new Mail(index, addresses(message.getFrom()), addresses(message.getAllRecipients()),
          Optional.ofNullable(message.getSubject()).orElse(""), body,
          Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant), found);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException("cannot read e-mail " + index + " of the demo inbox", e);
    }
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString)
        .collect(Collectors.joining(", "));
  }

  @Override
  public void destroy() {
    server.stop();
  }
}
