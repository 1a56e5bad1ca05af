/**
 * Safety: every inbound event passes {@link jp.junction.bot.safety.SafetyGate} before the dialog
 * engine. Crisis messages (phrases in {@code dialogs/crisis.yml}) get the crisis answer at once,
 * without Redis and never rate-limited; everything else counts against a per-person rate limit.
 */
package jp.junction.bot.safety;
