// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds DNS queries octet by octet and reads the replies, to test the wire format. */
final class RawDns {
  static final int TXT = 16;
  static final int A = 1;
  static final int ANY = 255;
  static final int IN = 1;

  private RawDns() {}

  /** A standard query (RD set) for one name. */
  static byte[] query(int id, String name, int type, int qclass) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, id);
    u16(out, 0x0100); // RD
    u16(out, 1);
    u16(out, 0);
    u16(out, 0);
    u16(out, 0);
    for (String label : name.split("\\.")) {
      byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
      out.write(bytes.length);
      out.write(bytes, 0, bytes.length);
    }
    out.write(0);
    u16(out, type);
    u16(out, qclass);
    return out.toByteArray();
  }

  static byte[] query(int id, String name, int type) {
    return query(id, name, type, IN);
  }

  /** Sends packets in turn from one socket and reads one reply (5 s at most). */
  static Reply ask(InetSocketAddress server, byte[]... packets) {
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.setSoTimeout(5_000);
      for (byte[] packet : packets) {
        socket.send(new DatagramPacket(packet, packet.length, server));
      }
      byte[] buffer = new byte[4096];
      DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
      socket.receive(reply);
      return Reply.read(java.util.Arrays.copyOf(buffer, reply.getLength()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void u16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xff);
    out.write(value & 0xff);
  }

  private static int u16(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
  }

  /**
   * A reply as far as the tests look at it.
   *
   * @param bytes the whole message
   * @param id the id
   * @param flags the second 16 bits of the header
   * @param questions QDCOUNT
   * @param txt the TXT answers, each as its strings concatenated
   */
  record Reply(byte[] bytes, int id, int flags, int questions, List<String> txt) {
    int rcode() {
      return flags & 0x0f;
    }

    boolean response() {
      return (flags & 0x8000) != 0;
    }

    boolean authoritative() {
      return (flags & 0x0400) != 0;
    }

    boolean truncated() {
      return (flags & 0x0200) != 0;
    }

    boolean recursionDesired() {
      return (flags & 0x0100) != 0;
    }

    boolean recursionAvailable() {
      return (flags & 0x0080) != 0;
    }

    static Reply read(byte[] bytes) {
      int questions = u16(bytes, 4);
      int answers = u16(bytes, 6);
      int at = 12;
      for (int q = 0; q < questions; q++) {
        while (bytes[at] != 0) {
          at += (bytes[at] & 0xff) + 1;
        }
        at += 1 + 4;
      }
      List<String> txt = new ArrayList<>();
      for (int a = 0; a < answers; a++) {
        at += 2; // a pointer to the question's name
        int type = u16(bytes, at);
        int length = u16(bytes, at + 8);
        at += 10;
        if (type == TXT) {
          ByteArrayOutputStream strings = new ByteArrayOutputStream();
          for (int i = at; i < at + length; ) {
            int size = bytes[i] & 0xff;
            strings.write(bytes, i + 1, size);
            i += 1 + size;
          }
          txt.add(strings.toString(StandardCharsets.UTF_8));
        }
        at += length;
      }
      return new Reply(bytes, u16(bytes, 0), u16(bytes, 2), questions, txt);
    }
  }
}
