// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DNS responder on a random loopback UDP port for the probe tests: answers TXT questions
 * from what a test published (a record may have several character-strings), NOERROR without
 * answers for a known name and another type, NXDOMAIN for an unknown name.
 */
final class LoopbackDnsServer implements AutoCloseable {
  private static final int TXT = 16;
  private static final int NXDOMAIN = 3;

  private final DatagramSocket socket;
  private final Map<String, List<List<String>>> records = new ConcurrentHashMap<>();
  private final Thread responder;

  private LoopbackDnsServer() throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    responder = new Thread(this::respond, "loopback-dns-" + socket.getLocalPort());
    responder.setDaemon(true);
    responder.start();
  }

  static LoopbackDnsServer start() throws SocketException {
    return new LoopbackDnsServer();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** Adds one TXT record made of {@code strings} (each at most 255 octets) at {@code name}. */
  void publish(String name, String... strings) {
    records.computeIfAbsent(key(name), k -> new ArrayList<>()).add(List.of(strings));
  }

  /** Makes {@code name} exist without any TXT record. */
  void exists(String name) {
    records.computeIfAbsent(key(name), k -> new ArrayList<>());
  }

  private static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private void respond() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket query = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(query);
        byte[] answer = answer(buffer, query.getLength());
        socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
      } catch (IOException e) {
        // closed, or a packet we cannot answer: the client times out
      }
    }
  }

  /** The response to the one-question query in {@code q} (small answers only: no TC). */
  private byte[] answer(byte[] q, int length) {
    int pos = 12;
    List<String> labels = new ArrayList<>();
    while (pos < length && q[pos] != 0) {
      int len = q[pos] & 0xff;
      labels.add(new String(q, pos + 1, len, StandardCharsets.US_ASCII));
      pos += len + 1;
    }
    pos++;
    int type = ((q[pos] & 0xff) << 8) | (q[pos + 1] & 0xff);
    int questionEnd = pos + 4;
    List<List<String>> found = records.get(key(String.join(".", labels)));
    List<List<String>> answers = found == null || type != TXT ? List.of() : List.copyOf(found);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(q[0]);
    out.write(q[1]);
    out.write(0x80 | (q[2] & 0x79) | 0x04); // QR, opcode and RD of the query, AA
    out.write(0x80 | (found == null ? NXDOMAIN : 0)); // RA, RCODE
    short16(out, 1);
    short16(out, answers.size());
    short16(out, 0);
    short16(out, 0);
    out.write(q, 12, questionEnd - 12);
    for (List<String> record : answers) {
      ByteArrayOutputStream rdata = new ByteArrayOutputStream();
      for (String string : record) {
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        rdata.write(bytes.length);
        rdata.write(bytes, 0, bytes.length);
      }
      short16(out, 0xc00c); // the name of the question
      short16(out, TXT);
      short16(out, 1); // IN
      short16(out, 0);
      short16(out, 60); // TTL
      short16(out, rdata.size());
      out.write(rdata.toByteArray(), 0, rdata.size());
    }
    return out.toByteArray();
  }

  private static void short16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xff);
    out.write(value & 0xff);
  }

  @Override
  public void close() {
    socket.close();
    try {
      responder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
