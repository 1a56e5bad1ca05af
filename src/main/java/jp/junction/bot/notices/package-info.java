/**
 * Anonymous area subscriptions (only the LINE user id needed to deliver and the chosen areas and
 * audience) and staff broadcasts: a durable Redis outbox that snapshots subscribers into batches of
 * at most 500 when a notice is due, multicasts them under one retry key per batch, retries with
 * backoff, slows down on 429, keeps quiet hours and survives restarts without sending twice.
 */
package jp.junction.bot.notices;
