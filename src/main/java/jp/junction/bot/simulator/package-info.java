/**
 * The local chat page: in local mode (no LINE credentials) it lets anyone talk to the bot in a
 * browser. The page's taps and words become real, signed LINE webhook bodies posted to this app's
 * own {@code /callback}, and everything the bot would have sent to LINE is captured in memory by
 * {@link jp.junction.bot.line.LineGateway a local gateway} and shown on the page. Nothing here
 * exists when the bot runs with a real LINE channel.
 */
package jp.junction.bot.simulator;
