// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.sample.webshop.demo.DemoUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * G-4 for the vendor's staff: the key new codes are stored under, per older key of the ring
 * how many codes still lie under it and whether it can be dropped, and a button that moves one
 * batch of codes to the current key (what the background job does on its own).
 */
@Controller
final class StaffKeysController {
  private static final String PAGE = "/staff/keys";
  /** The codes one press of the button moves at most. */
  static final int BATCH = 500;

  private final RekeyCodes rekeyCodes;
  private final Texts texts;

  StaffKeysController(RekeyCodes rekeyCodes, Texts texts) {
    this.rekeyCodes = rekeyCodes;
    this.texts = texts;
  }

  /**
   * One older key on the page.
   *
   * @param id the key's id
   * @param codes how many stored codes still refer to it
   * @param droppable whether it can leave the ring
   */
  record OlderKey(String id, long codes, boolean droppable) {}

  /** The progress, read with limit 0 (nothing moves). */
  @GetMapping(PAGE)
  String page(DemoUser me, Model model) {
    return WebSupport.show(rekeyCodes.rekey(new RekeyCodes.Command(me.principal(), 0)), model,
        progress -> {
          model.addAttribute("currentKey", progress.currentKey());
          model.addAttribute("left", progress.left());
          model.addAttribute("olderKeys", olderKeys(progress));
        }, "staff-keys");
  }

  /** G-4: moves one batch of codes to the current key and says how many. */
  @PostMapping(PAGE + "/rekey")
  String rekey(DemoUser me, RedirectAttributes redirect) {
    WebSupport.tell(rekeyCodes.rekey(new RekeyCodes.Command(me.principal(), BATCH)), redirect,
        progress -> redirect.addFlashAttribute("notice", progress.moved() == 0
            ? texts.get("staff-keys.nothing-moved")
            : texts.get("staff-keys.moved", Long.toString(progress.moved()),
                Long.toString(progress.left()))));
    return "redirect:" + PAGE;
  }

  private static List<OlderKey> olderKeys(RekeyCodes.Progress progress) {
    return progress.remaining().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new OlderKey(e.getKey(), e.getValue(), progress.droppable(e.getKey())))
        .toList();
  }
}
