/**
 * Cross-cutting beans only: the Redis connection (a real server, Sentinel or Cluster, or the
 * embedded store of local mode, behind a circuit breaker), the shared {@link java.time.Clock} and
 * {@link jp.junction.bot.system.JapanTime}, web security for the webhook and staff pages, and the
 * benchmark's no-op endpoint.
 */
package jp.junction.bot.system;
