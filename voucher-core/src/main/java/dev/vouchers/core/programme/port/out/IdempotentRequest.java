// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * G-3: one use of an idempotency key, as a store keeps it: whose key ({@code scope}), which key,
 * which request, and when. Every part is a SHA-256 digest (64 lower-case hex digits), so a store
 * keeps neither the caller's name, nor the key, nor the request's content (addresses, messages)
 * in readable form, and every row has one length.
 *
 * @param scope digest of the caller the key belongs to (the acting user or service): one
 *     caller's key never answers another caller's request
 * @param key digest of the key ({@code IdempotencyKey#digest})
 * @param request digest of the canonical request: the use case and every field of its command
 * @param at when the key was used, from the programme's clock; keys are swept by it
 */
public record IdempotentRequest(String scope, String key, String request, Instant at) {
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  /** Every part is a digest. */
  public IdempotentRequest {
    for (String digest : new String[] {scope, key, request}) {
      if (!DIGEST.matcher(Objects.requireNonNull(digest, "digest")).matches()) {
        throw new IllegalArgumentException("not a SHA-256 digest in hex: " + digest);
      }
    }
    Objects.requireNonNull(at, "at");
  }

  /** Whether a stored use of the same key was for this very request. */
  public boolean sameRequestAs(String storedRequest) {
    return request.equals(storedRequest);
  }
}
