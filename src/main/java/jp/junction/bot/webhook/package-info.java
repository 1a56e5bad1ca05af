/**
 * LINE's {@code POST /callback}, kept thin: the signature over the raw bytes, parsing, an immediate
 * acknowledgement and a bounded hand-off; then per event the crisis screening first (before
 * anything that needs Redis), de-duplication, the group note, the rate limit and the dialog engine,
 * answered on the reply token.
 */
package jp.junction.bot.webhook;
