/**
 * Statistics of experiments: many trials of a scenario under named conditions, parameter values and seeds, turned
 * into the figures a scientist reports (per-group summaries with confidence intervals, pairwise comparisons with
 * effect sizes and p-values) and rendered as text, Markdown and CSV tables.
 *
 * <p>Every statistic comes from Apache Commons Math 3.6.1; this package only arranges the inputs, combines the
 * results and formats them. Confidence levels are 95 % throughout. Metric values carry whatever unit their metric
 * has (a count, seconds, metres); the figures derived from them keep that unit, except effect sizes and p-values,
 * which have none.
 */
package org.astrocyte.scenarios.experiment.stats;
