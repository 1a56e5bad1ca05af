/**
 * Safety: every inbound event passes {@link jp.junction.bot.safety.SafetyGate} before the dialog
 * engine. Screening decides once, without Redis, whether a message says someone may want to die
 * (phrases in {@code dialogs/crisis.yml}); a crisis gets its answer at once and is never counted or
 * limited. Everything else is paced by a per-person rate limit.
 */
package jp.junction.bot.safety;
