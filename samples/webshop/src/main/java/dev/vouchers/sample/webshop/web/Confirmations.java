// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The step before a destructive action (issue 17): the action's form posts without
 * {@value #PARAMETER}, which answers a page saying what will happen, with a form that posts the
 * same fields again with {@value #PARAMETER} set, and a link back. Only that second post acts;
 * no JavaScript is needed.
 */
final class Confirmations {
  /** The request parameter that marks a confirmed post. */
  static final String PARAMETER = "confirmed";

  private Confirmations() {}

  /** One field of the form being confirmed, posted again unchanged. */
  record Field(String name, String value) {}

  /**
   * The confirmation page for this request: {@code question} says what will happen,
   * {@code back} is the page to return to without acting.
   */
  static String ask(HttpServletRequest request, Model model, String question, String back) {
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (PARAMETER.equals(parameter.getKey())) {
        continue;
      }
      for (String value : parameter.getValue()) {
        fields.add(new Field(parameter.getKey(), value));
      }
    }
    model.addAttribute("question", question);
    model.addAttribute("confirmAction", request.getRequestURI());
    model.addAttribute("confirmFields", fields);
    model.addAttribute("back", back);
    return "confirm";
  }
}
