// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks that compare the library with raw baselines doing the same essential work.
 *
 * <p>A {@link dev.vouchers.benchmarks.Comparison} pairs a library benchmark with a baseline
 * benchmark (both JMH {@code @Benchmark} methods measured as throughput) and a target ratio;
 * {@link dev.vouchers.benchmarks.Ratios} runs the comparisons of {@link
 * dev.vouchers.benchmarks.Comparisons}, prints min/median/max scores and the ratio, and writes a
 * Markdown table. {@link dev.vouchers.benchmarks.PeakHeap} measures the peak heap of one-shot
 * operations, optionally in a forked JVM with a heap limit.
 */
@org.jspecify.annotations.NullMarked
package dev.vouchers.benchmarks;
