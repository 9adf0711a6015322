// SPDX-License-Identifier: Apache-2.0
/** CSV downloads of the sample's pages and JSON API, written as the library streams them. */
@NullMarked
package dev.vouchers.sample.webshop.csv;

import org.jspecify.annotations.NullMarked;
