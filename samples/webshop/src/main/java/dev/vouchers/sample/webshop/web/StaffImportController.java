// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.csv.CsvImportSource;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import io.vavr.control.Either;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * M-1: the vendor's partner managers upload a CSV file of an earlier system's codes, which
 * becomes an imported order of a partner (ADR 0053). The upload is kept by the servlet
 * container (on disk when large) and read twice through {@link CsvImportSource}, never held
 * as rows.
 */
@Controller
final class StaffImportController {
  private final ImportCodes importCodes;
  private final VoucherProgramme programme;
  private final Texts texts;

  StaffImportController(ImportCodes importCodes, VoucherProgramme programme, Texts texts) {
    this.importCodes = importCodes;
    this.programme = programme;
    this.texts = texts;
  }

  @GetMapping("/staff/imports")
  String page(DemoUser me, Model model) {
    model.addAttribute("partners", DemoUsers.PARTNERS);
    model.addAttribute("formats", programme.settings().importFormats());
    return "staff-imports";
  }

  @PostMapping("/staff/imports")
  String upload(@RequestParam String partner, @RequestParam String format,
      @RequestParam("file") MultipartFile file, DemoUser me, Model model,
      RedirectAttributes redirect) {
    Optional<PartnerId> id = WebSupport.id(partner, PartnerId::new);
    if (id.isEmpty() || file.isEmpty()) {
      redirect.addFlashAttribute("problem", texts.get("imports.choose"));
      return "redirect:/staff/imports";
    }
    Either<Refusal, ImportCodes.ImportedOrder> answer = importCodes.importCodes(
        new ImportCodes.Command(me.principal(), id.get(), format,
            CsvImportSource.of(file::getInputStream)));
    if (answer.isLeft()) {
      model.addAttribute("refusal", answer.getLeft());
      return page(me, model);
    }
    redirect.addFlashAttribute("notice", texts.get("notice.imported", answer.get().vouchers(),
        answer.get().number().grouped(), DemoUsers.partnerName(id.get())));
    return "redirect:/staff/imports";
  }
}
