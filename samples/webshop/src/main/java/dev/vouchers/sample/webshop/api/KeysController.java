// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.voucher.port.in.RekeyCodes;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * G-4: key rotation for the vendor's staff and the operator: how many codes still lie under
 * each older key of the ring (and whether it can be dropped), and one run of the re-keying job
 * that moves up to {@code limit} codes to the current key.
 */
@RestController
class KeysController {
  /** The limit of a run that names none. */
  static final int DEFAULT_LIMIT = 500;

  private final RekeyCodes rekeyCodes;

  KeysController(RekeyCodes rekeyCodes) {
    this.rekeyCodes = rekeyCodes;
  }

  /**
   * What to run.
   *
   * @param limit the most codes to move (0: only report)
   */
  record RekeyBody(@Nullable Integer limit) {}

  /**
   * One older key of the ring.
   *
   * @param id the key's id
   * @param codes how many stored codes still refer to it
   * @param droppable whether no stored code refers to it any more
   */
  record OlderKeyJson(String id, long codes, boolean droppable) {}

  /**
   * The progress of the rotation.
   *
   * @param currentKey the id of the key new and moved codes are stored under
   * @param moved how many codes this call moved
   * @param left how many codes still refer to older keys
   * @param olderKeys each older key, by id
   */
  record ProgressJson(String currentKey, long moved, long left, List<OlderKeyJson> olderKeys) {
    static ProgressJson of(RekeyCodes.Progress progress) {
      return new ProgressJson(progress.currentKey(), progress.moved(), progress.left(),
          progress.remaining().entrySet().stream().sorted(Map.Entry.comparingByKey())
              .map(e -> new OlderKeyJson(e.getKey(), e.getValue(),
                  progress.droppable(e.getKey())))
              .toList());
    }
  }

  /** G-4: the progress; nothing moves. */
  @GetMapping("/api/keys/progress")
  ProgressJson progress(ApiUser actor) {
    return ProgressJson.of(Problems.orRefuse(
        rekeyCodes.rekey(new RekeyCodes.Command(actor.principal(), 0))));
  }

  /**
   * G-4: moves up to {@code limit} codes (the body's, else the parameter's, else
   * {@value #DEFAULT_LIMIT}) to the current key; 200 with the progress, or a refusal.
   */
  @PostMapping("/api/keys/rekey")
  ProgressJson rekey(ApiUser actor,
      @RequestParam(name = "limit", required = false) @Nullable Integer limit,
      @RequestBody(required = false) @Nullable RekeyBody body) {
    int chosen = body != null && body.limit() != null ? body.limit()
        : limit != null ? limit : DEFAULT_LIMIT;
    return ProgressJson.of(Problems.orRefuse(
        rekeyCodes.rekey(new RekeyCodes.Command(actor.principal(), chosen))));
  }
}
