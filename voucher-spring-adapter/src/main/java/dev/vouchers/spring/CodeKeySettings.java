// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeKeyRing;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.spring.CodesProperties.Key;
import dev.vouchers.spring.CodesProperties.Mode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C-5, G-4: the keys of {@code vouchers.codes.*} checked (every missing or malformed key
 * property named, one line each) and made into the {@link CodeVault}'s key ring.
 */
final class CodeKeySettings {
  private CodeKeySettings() {}

  /** G-4: the keys by id: {@code keys}, and the top-level key when {@code lookup-key} is set. */
  private static Map<String, Key> allKeys(CodesProperties c) {
    Map<String, Key> all = new LinkedHashMap<>();
    if (c.lookupKey() != null && !c.lookupKey().isBlank()) {
      all.put(c.keyId(), new Key(c.lookupKey(), c.encryptionKey()));
    }
    if (c.keys() != null) {
      c.keys().forEach(all::putIfAbsent);
    }
    return all;
  }

  /** G-4: the id of the current key, if it can be told. */
  static Optional<String> current(CodesProperties c) {
    if (c.currentKey() != null && !c.currentKey().isBlank()) {
      return Optional.of(c.currentKey().strip());
    }
    if (c.lookupKey() != null && !c.lookupKey().isBlank()) {
      return Optional.of(c.keyId());
    }
    return c.keys() != null && c.keys().size() == 1
        ? Optional.of(c.keys().keySet().iterator().next()) : Optional.empty();
  }

  /** Every key property that is missing or malformed, one line each. */
  static List<String> problems(CodesProperties c) {
    List<String> problems = new ArrayList<>();
    if (c.keys() != null && !c.keys().isEmpty()) {
      problems.addAll(ringProblems(c));
    } else if (c.lookupKey() == null || c.lookupKey().isBlank()) {
      problems.add("vouchers.codes.lookup-key is required: a base64 secret of at least "
          + CodeVault.MIN_LOOKUP_KEY_BYTES + " bytes (e.g. openssl rand -base64 32)");
    } else {
      decode("vouchers.codes.lookup-key", c.lookupKey(), problems).ifPresent(key -> {
        if (key.length < CodeVault.MIN_LOOKUP_KEY_BYTES) {
          problems.add("vouchers.codes.lookup-key must decode to at least "
              + CodeVault.MIN_LOOKUP_KEY_BYTES + " bytes, got " + key.length);
        }
      });
    }
    if (c.mode() == Mode.RETRIEVABLE) {
      if (c.encryptionKey() == null || c.encryptionKey().isBlank()) {
        problems.add("vouchers.codes.encryption-key is required when vouchers.codes.mode is "
            + "retrievable: a base64 AES key of 16, 24 or 32 bytes "
            + "(e.g. openssl rand -base64 32), or set vouchers.codes.mode=shown-once");
      } else {
        decode("vouchers.codes.encryption-key", c.encryptionKey(), problems).ifPresent(key -> {
          if (key.length != 16 && key.length != 24 && key.length != 32) {
            problems.add("vouchers.codes.encryption-key must decode to 16, 24 or 32 bytes, "
                + "got " + key.length);
          }
        });
      }
    }
    if (c.keys() == null || c.keys().isEmpty()) {
      problems.addAll(rekeyProblems(c));
    }
    return problems;
  }

  private static List<String> rekeyProblems(CodesProperties c) {
    List<String> problems = new ArrayList<>();
    if (c.rekey().batchSize() < 1) {
      problems.add("vouchers.codes.rekey.batch-size must be at least 1, got "
          + c.rekey().batchSize());
    }
    if (c.rekey().interval().isNegative() || c.rekey().interval().isZero()) {
      problems.add("vouchers.codes.rekey.interval must be positive, got " + c.rekey().interval());
    }
    return problems;
  }

  /** G-4: the problems of a ring configured with {@code keys}, each naming its key. */
  private static List<String> ringProblems(CodesProperties c) {
    List<String> problems = new ArrayList<>();
    Map<String, Key> all = allKeys(c);
    if (c.keys() != null && c.lookupKey() != null && !c.lookupKey().isBlank()
        && c.keys().containsKey(c.keyId())) {
      problems.add("vouchers.codes.keys." + c.keyId() + " has the id of vouchers.codes.key-id:"
          + " give the key once");
    }
    all.forEach((id, key) -> {
      String property = id.equals(c.keyId()) && c.lookupKey() != null && !c.lookupKey().isBlank()
          && (c.keys() == null || !c.keys().containsKey(id))
          ? "vouchers.codes." : "vouchers.codes.keys." + id + ".";
      if (!id.matches("[a-z0-9._-]{1,32}")) {
        problems.add(property.replaceAll("\\.$", "") + ": a key id must be 1 to 32 of"
            + " a-z 0-9 . _ -, got \"" + id + "\"");
      }
      if (key.lookupKey() == null || key.lookupKey().isBlank()) {
        problems.add(property + "lookup-key is required: a base64 secret of at least "
            + CodeVault.MIN_LOOKUP_KEY_BYTES + " bytes (e.g. openssl rand -base64 32)");
      } else {
        decode(property + "lookup-key", key.lookupKey(), problems).ifPresent(bytes -> {
          if (bytes.length < CodeVault.MIN_LOOKUP_KEY_BYTES) {
            problems.add(property + "lookup-key must decode to at least "
                + CodeVault.MIN_LOOKUP_KEY_BYTES + " bytes, got " + bytes.length);
          }
        });
      }
      if (c.mode() == Mode.RETRIEVABLE) {
        if (key.encryptionKey() == null || key.encryptionKey().isBlank()) {
          problems.add(property + "encryption-key is required when vouchers.codes.mode is"
              + " retrievable: a base64 AES key of 16, 24 or 32 bytes");
        } else {
          decode(property + "encryption-key", key.encryptionKey(), problems)
              .ifPresent(bytes -> {
                if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
                  problems.add(property + "encryption-key must decode to 16, 24 or 32 bytes,"
                      + " got " + bytes.length);
                }
              });
        }
      }
    });
    Optional<String> current = current(c);
    if (current.isEmpty()) {
      problems.add("vouchers.codes.current-key is required with several c.keys(): the id of the"
          + " key new codes are stored under, one of " + all.keySet());
    } else if (!all.containsKey(current.get())) {
      problems.add("vouchers.codes.current-key names the key \"" + current.get()
          + "\", which is not configured; the c.keys() are " + all.keySet());
    }
    problems.addAll(rekeyProblems(c));
    return problems;
  }

  /**
   * The vault over the configured keys.
   *
   * @throws VouchersPropertiesException naming every key property that is missing or
   *     malformed
   */
  static CodeVault vault(CodesProperties c) {
    VouchersPropertiesException.throwIfAny(problems(c));
    if (c.keys() != null && !c.keys().isEmpty()) {
      // G-4: the ring: the current key, then the others as configured
      String current = current(c).orElseThrow();
      List<CodeKey> older = new ArrayList<>();
      CodeKey head = null;
      for (Map.Entry<String, Key> entry : allKeys(c).entrySet()) {
        CodeKey key = codeKey(c, entry.getKey(), entry.getValue());
        if (entry.getKey().equals(current)) {
          head = key;
        } else {
          older.add(key);
        }
      }
      return CodeVault.of(new CodeKeyRing(java.util.Objects.requireNonNull(head), older));
    }
    byte[] lookup = Base64.getDecoder().decode(java.util.Objects.requireNonNull(c.lookupKey()));
    if (!c.keyId().equals(CodeKey.INITIAL)) {
      return CodeVault.of(CodeKeyRing.of(
          codeKey(c, c.keyId(), new Key(c.lookupKey(), c.encryptionKey()))));
    }
    return c.mode() == Mode.SHOWN_ONCE
        ? CodeVault.shownOnce(lookup)
        : CodeVault.retrievable(lookup,
            Base64.getDecoder().decode(java.util.Objects.requireNonNull(c.encryptionKey())));
  }

  private static CodeKey codeKey(CodesProperties c, String id, Key key) {
    byte[] lookup = Base64.getDecoder().decode(
        java.util.Objects.requireNonNull(key.lookupKey()).strip());
    return c.mode() == Mode.SHOWN_ONCE ? CodeKey.shownOnce(id, lookup)
        : CodeKey.retrievable(id, lookup, Base64.getDecoder().decode(
            java.util.Objects.requireNonNull(key.encryptionKey()).strip()));
  }

  private static Optional<byte[]> decode(String property, String value,
      List<String> problems) {
    java.util.regex.Matcher placeholder =
        java.util.regex.Pattern.compile("\\$\\{([^}:]*)[^}]*}").matcher(value);
    if (placeholder.find()) {
      problems.add(property + " holds the unresolved placeholder " + placeholder.group()
          + ": set the environment variable or property " + placeholder.group(1)
          + " to a base64 key (e.g. openssl rand -base64 32)");
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getDecoder().decode(value.strip()));
    } catch (IllegalArgumentException e) {
      problems.add(property + " is not base64: " + e.getMessage());
      return Optional.empty();
    }
  }
}
