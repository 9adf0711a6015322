// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * G-4: the keys a {@link CodeVault} works with: the current key, which digests and seals every
 * new code and secret, and older keys by id, under which stored codes are still found and
 * opened until the re-keying job has moved them (ADR 0051). A new key becomes current as soon
 * as a vault is built with it; the key it replaces goes to the older ones.
 *
 * @param current the key new codes are stored under
 * @param older the keys of before, newest first; their ids differ from each other and from the
 *     current key's
 */
public record CodeKeyRing(CodeKey current, List<CodeKey> older) {

  /**
   * Checks the ids and the mode.
   *
   * @throws IllegalArgumentException naming a key id that appears twice, or an older key that
   *     cannot open codes in a ring whose current key keeps them retrievable
   */
  public CodeKeyRing {
    older = List.copyOf(older);
    Set<String> ids = new HashSet<>();
    ids.add(current.id());
    for (CodeKey key : older) {
      if (!ids.add(key.id())) {
        throw new IllegalArgumentException("the code key id \"" + key.id()
            + "\" appears twice in the key ring");
      }
      if (current.opensCodes() && !key.opensCodes()) {
        throw new IllegalArgumentException("the older code key \"" + key.id()
            + "\" has no encryption key, but codes are kept retrievable: codes sealed under"
            + " it could not be opened");
      }
    }
  }

  /**
   * A ring of one key.
   *
   * @param current the only key
   * @return the ring
   */
  public static CodeKeyRing of(CodeKey current) {
    return new CodeKeyRing(current, List.of());
  }

  /**
   * This ring after a rotation: {@code next} is current, this ring's current key is the newest
   * of the older ones.
   *
   * @param next the new current key
   * @return the rotated ring
   * @throws IllegalArgumentException if {@code next}'s id is already in the ring
   */
  public CodeKeyRing rotatedTo(CodeKey next) {
    List<CodeKey> keys = new ArrayList<>();
    keys.add(current);
    keys.addAll(older);
    return new CodeKeyRing(next, keys);
  }

  /**
   * This ring without an older key (once no stored row refers to it).
   *
   * @param id the older key's id
   * @return the ring without it
   * @throws IllegalArgumentException if {@code id} is the current key's
   */
  public CodeKeyRing without(String id) {
    if (current.id().equals(id)) {
      throw new IllegalArgumentException("the current code key \"" + id
          + "\" cannot be dropped");
    }
    return new CodeKeyRing(current, older.stream().filter(k -> !k.id().equals(id)).toList());
  }

  /**
   * The ids of the older keys, newest first.
   *
   * @return the ids
   */
  public List<String> olderIds() {
    return older.stream().map(CodeKey::id).toList();
  }
}
