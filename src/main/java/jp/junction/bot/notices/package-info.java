/**
 * Anonymous area subscriptions keyed by pseudonym (the LINE user id kept only as the value delivery
 * needs, expiring with the subscription; the chosen areas and audience) and staff broadcasts: a
 * durable Redis outbox that snapshots subscribers into batches of at most 500 when a notice is due,
 * multicasts them under one retry key per batch, retries with backoff, slows down on 429, keeps
 * quiet hours and survives restarts without sending twice.
 */
package jp.junction.bot.notices;
