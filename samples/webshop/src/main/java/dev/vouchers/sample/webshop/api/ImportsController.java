// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.csv.CsvImportSource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * M-1: vendor staff import codes of an earlier system as an imported order of a partner (ADR
 * 0053), as CSV ({@code text/csv}, the columns of {@link ImportRow#COLUMNS} named in the first
 * row) or as JSON ({@code {"rows": [{"code": …, "product": …}]}}), in a declared import
 * format ({@code ?format=}). 201 with the order; a refusal names the first rows concerned.
 * The body is bounded by the API's request limit; a file of a million codes goes through the
 * staff page's upload instead.
 */
@RestController
final class ImportsController {
  private final ImportCodes importCodes;

  ImportsController(ImportCodes importCodes) {
    this.importCodes = importCodes;
  }

  /** The rows as CSV. */
  @PostMapping(path = "/api/partners/{partner}/imports", consumes = "text/csv")
  ResponseEntity<ImportedJson> csv(ApiUser actor, @PathVariable("partner") String partner,
      @RequestParam String format, @RequestBody byte[] body) {
    return imported(actor, partner, format,
        CsvImportSource.of(() -> new ByteArrayInputStream(body)));
  }

  /** The rows as JSON. */
  @PostMapping(path = "/api/partners/{partner}/imports", consumes = "application/json")
  ResponseEntity<ImportedJson> json(ApiUser actor, @PathVariable("partner") String partner,
      @RequestParam String format, @RequestBody RowsBody body) {
    List<ImportRow> rows = new ArrayList<>();
    List<RowBody> given = body.rows() == null ? List.of() : body.rows();
    for (int i = 0; i < given.size(); i++) {
      rows.add(given.get(i).row(i + 1));
    }
    return imported(actor, partner, format, rows::forEach);
  }

  private ResponseEntity<ImportedJson> imported(ApiUser actor, String partner, String format,
      dev.vouchers.core.ordering.domain.ImportSource rows) {
    ImportCodes.ImportedOrder imported = Problems.orRefuse(importCodes.importCodes(
        new ImportCodes.Command(actor.principal(), Ids.parse(partner, "partner", PartnerId::new),
            format, rows)));
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/orders/{order}").buildAndExpand(imported.order().value()).toUri();
    return ResponseEntity.created(location).body(new ImportedJson(imported.order().value(),
        imported.number().grouped(), imported.vouchers()));
  }

  /**
   * The rows of a JSON import.
   *
   * @param rows the rows, numbered from 1 in the refusal
   */
  record RowsBody(@Nullable List<RowBody> rows) {}

  /**
   * One row; absent fields are empty.
   *
   * @param code the code as the earlier system printed it
   * @param product the product id
   * @param validityYears validity in years
   * @param fqdns domain names
   * @param wildcards wildcard names
   * @param status VALID, ASSIGNED, REDEEMED, EXPIRED or CANCELLED
   * @param expiresAt a date or an instant
   * @param recipient the e-mail address it was sent to
   * @param note a note on its history
   */
  record RowBody(@Nullable String code, @Nullable String product,
      @Nullable String validityYears, @Nullable String fqdns, @Nullable String wildcards,
      @Nullable String status, @Nullable String expiresAt, @Nullable String recipient,
      @Nullable String note) {
    ImportRow row(long line) {
      return new ImportRow(line, text(code), text(product), text(validityYears), text(fqdns),
          text(wildcards), text(status), text(expiresAt), text(recipient), text(note));
    }

    private static String text(@Nullable String value) {
      return value == null ? "" : value;
    }
  }

  /**
   * The imported order.
   *
   * @param order its id
   * @param number its short number, grouped for reading out
   * @param vouchers how many codes were imported
   */
  record ImportedJson(String order, String number, int vouchers) {}
}
