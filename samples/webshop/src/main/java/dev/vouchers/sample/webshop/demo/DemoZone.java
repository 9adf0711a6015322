// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.voucher.domain.DomainName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * D-1 for visitors who own no domain: a DNS zone inside the sample. It serves names under a
 * demo suffix (default {@code example}, reserved by RFC 2606, so {@code shop.example} or
 * {@code www.baeckerei.example}) on a loopback UDP port, answering DnsWire.TXT questions from records
 * kept in memory. The redemption page publishes the challenge's secret here and the sample's
 * {@link DemoDomainProbe} asks this server through the library's real DNS probe.
 *
 * <p>It is an authoritative server for its zone only, over UDP only:
 * <ul>
 *   <li>a DnsWire.TXT (or DnsWire.ANY) question for a name with records is answered with them (TTL 0, since
 *       the demo changes them at any moment); any other type at that name, the zone's apex and
 *       names with records below them exist without answers (DnsWire.NOERROR);
 *   <li>every other name in the zone is DnsWire.NXDOMAIN; a name outside the zone is DnsWire.REFUSED;
 *   <li>an answer bigger than 512 octets carries the records that fit and the TC flag;
 *   <li>a packet that is not a query (shorter than a header, a response, bigger than 512
 *       octets) is dropped; a malformed query is answered DnsWire.FORMERR, another opcode DnsWire.NOTIMP.
 * </ul>
 * Records are bounded ({@value #MAX_VALUE_OCTETS} octets each, {@value #MAX_RECORDS_PER_NAME}
 * per name, {@value #MAX_NAMES} names), so that a public demo cannot be filled up without
 * limit. The responder is one daemon thread; {@link #close} stops it.
 */
public final class DemoZone implements AutoCloseable {
  /** The default demo suffix: {@code example} (RFC 2606). */
  public static final String DEFAULT_SUFFIX = "example";
  /** The most octets (UTF-8) of one DnsWire.TXT record: one DNS character-string. */
  public static final int MAX_VALUE_OCTETS = 255;
  /** The most DnsWire.TXT records at one name. */
  public static final int MAX_RECORDS_PER_NAME = 8;
  /** The most names with records. */
  public static final int MAX_NAMES = 10_000;

  /** The largest DNS message over UDP without EDNS (RFC 1035, 4.2.1). */
  static final int MAX_UDP = 512;

  private static final Logger LOG = LoggerFactory.getLogger(DemoZone.class);
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");

  private final String suffix;
  private final DatagramSocket socket;
  private final Thread responder;
  private final ConcurrentMap<String, List<String>> records = new ConcurrentHashMap<>();

  /**
   * Starts a zone on a free loopback port.
   *
   * @param suffix the names served: this name and every name below it
   */
  public DemoZone(String suffix) {
    this(suffix, 0);
  }

  /**
   * Starts a zone.
   *
   * @param suffix the names served: this name and every name below it
   * @param port the loopback UDP port; 0 picks a free one
   * @throws UncheckedIOException if the port cannot be bound
   */
  public DemoZone(String suffix, int port) {
    this.suffix = requireSuffix(suffix);
    try {
      this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(),
          port));
    } catch (SocketException e) {
      throw new UncheckedIOException("cannot bind the demo DNS zone to loopback port " + port, e);
    }
    this.responder = new Thread(this::serve, "demo-zone-dns-" + socket.getLocalPort());
    responder.setDaemon(true);
    responder.start();
    LOG.info("demo DNS zone '{}' serves on {}", this.suffix, address());
  }

  /** The suffix of the names served, lower-case, without dots at the ends. */
  public String suffix() {
    return suffix;
  }

  /** The UDP port the zone answers on. */
  public int port() {
    return socket.getLocalPort();
  }

  /** The loopback address and port the zone answers on. */
  public InetSocketAddress address() {
    return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
  }

  /** Whether {@code domain} is in this zone: the suffix itself or a name below it. */
  public boolean covers(DomainName domain) {
    return inZone(domain.value());
  }

  /**
   * Adds a DnsWire.TXT record; adding one that is there already changes nothing.
   *
   * @param name a name in the zone (case and a trailing dot do not matter), e.g.
   *     {@code _voucher-challenge.shop.example}
   * @param value the record, at most {@value #MAX_VALUE_OCTETS} octets in UTF-8
   * @throws IllegalArgumentException if the name is not a DNS name in the zone or the value is
   *     too long
   * @throws IllegalStateException if the name has {@value #MAX_RECORDS_PER_NAME} records
   *     already, or the zone {@value #MAX_NAMES} names
   */
  public void publishTxt(String name, String value) {
    String key = requireName(name);
    int octets = value.getBytes(StandardCharsets.UTF_8).length;
    if (octets > MAX_VALUE_OCTETS) {
      throw new IllegalArgumentException("a DnsWire.TXT record has at most " + MAX_VALUE_OCTETS
          + " octets, this one " + octets);
    }
    records.compute(key, (k, old) -> {
      List<String> before = old == null ? List.of() : old;
      if (before.contains(value)) {
        return before;
      }
      if (before.size() >= MAX_RECORDS_PER_NAME) {
        throw new IllegalStateException(k + " has " + MAX_RECORDS_PER_NAME + " records already");
      }
      if (old == null && records.size() >= MAX_NAMES) {
        throw new IllegalStateException("the demo zone is full (" + MAX_NAMES + " names)");
      }
      List<String> after = new ArrayList<>(before);
      after.add(value);
      return List.copyOf(after);
    });
    LOG.debug("demo zone: DnsWire.TXT {} published", key);
  }

  /**
   * Removes every DnsWire.TXT record at a name; a name without records is left as it is.
   *
   * @param name a name in the zone (case and a trailing dot do not matter)
   * @throws IllegalArgumentException if the name is not a DNS name in the zone
   */
  public void remove(String name) {
    records.remove(requireName(name));
  }

  /** Every name with its DnsWire.TXT records, in name order: a snapshot that does not change. */
  public Map<String, List<String>> records() {
    return Collections.unmodifiableMap(new TreeMap<>(records));
  }

  /** Stops answering and frees the port; closing again does nothing. */
  @Override
  public void close() {
    socket.close();
    if (Thread.currentThread() != responder) {
      try {
        responder.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void serve() {
    byte[] buffer = new byte[MAX_UDP + 1];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (IOException e) {
        if (!socket.isClosed()) {
          LOG.debug("demo zone: receiving failed: {}", e.toString());
        }
        continue;
      }
      try {
        byte[] reply = respond(buffer, packet.getLength());
        if (reply != null) {
          socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        LOG.debug("demo zone: cannot answer {}: {}", packet.getSocketAddress(), e.toString());
      } catch (RuntimeException e) {
        LOG.warn("demo zone: a query could not be answered", e);
      }
    }
  }

  /**
   * The reply to the first {@code length} octets of {@code packet}, or {@code null} when the
   * packet is not a query to answer.
   */
  byte @Nullable [] respond(byte[] packet, int length) {
    if (length < DnsWire.HEADER || length > MAX_UDP) {
      return null;
    }
    int flags = DnsWire.u16(packet, 2);
    if ((flags & 0x8000) != 0) {
      return null; // a response: answering it could start a loop
    }
    int opcode = (flags >> 11) & 0x0f;
    if (opcode != 0) {
      return DnsWire.reply(packet, DnsWire.NOTIMP, false, null, List.of());
    }
    if (DnsWire.u16(packet, 4) != 1 || DnsWire.u16(packet, 6) != 0
        || DnsWire.u16(packet, 8) != 0) {
      return DnsWire.reply(packet, DnsWire.FORMERR, false, null, List.of());
    }
    DnsWire.Question question = DnsWire.Question.read(packet, length);
    if (question == null) {
      return DnsWire.reply(packet, DnsWire.FORMERR, false, null, List.of());
    }
    if (question.name() == null || !inZone(question.name())) {
      LOG.debug("demo zone: refused a question outside the zone");
      return DnsWire.reply(packet, DnsWire.REFUSED, false, question, List.of());
    }
    String name = question.name();
    if (question.qclass() != DnsWire.IN && question.qclass() != DnsWire.ANY) {
      return DnsWire.reply(packet, DnsWire.REFUSED, true, question, List.of());
    }
    List<String> found = records.getOrDefault(name, List.of());
    if (!found.isEmpty()) {
      List<String> answers = question.type() == DnsWire.TXT || question.type() == DnsWire.ANY ? found : List.of();
      LOG.debug("demo zone: {} type {}: {} answer(s)", name, question.type(), answers.size());
      return DnsWire.reply(packet, DnsWire.NOERROR, true, question, answers);
    }
    boolean exists = name.equals(suffix)
        || records.keySet().stream().anyMatch(k -> k.endsWith("." + name));
    LOG.debug("demo zone: {} type {}: {}", name, question.type(), exists ? "no data" : "DnsWire.NXDOMAIN");
    return DnsWire.reply(packet, exists ? DnsWire.NOERROR : DnsWire.NXDOMAIN, true, question, List.of());
  }

  private boolean inZone(String name) {
    return name.equals(suffix) || name.endsWith("." + suffix);
  }

  private String requireName(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    if (!isName(key)) {
      throw new IllegalArgumentException("not a DNS name: '" + name + "'");
    }
    if (!inZone(key)) {
      throw new IllegalArgumentException(key + " is not in the demo zone " + suffix);
    }
    return key;
  }

  private static String requireSuffix(String suffix) {
    String name = suffix.strip().toLowerCase(Locale.ROOT);
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (!isName(name)) {
      throw new IllegalArgumentException("the demo zone suffix is not a DNS name: '" + suffix
          + "'");
    }
    return name;
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
