/**
 * The only place that talks to LINE: {@link jp.junction.bot.line.LineGateway} (reply, push,
 * multicast) over the SDK's client, our own {@link jp.junction.bot.line.OutgoingMessage} turned
 * into SDK messages within {@link jp.junction.bot.line.LineLimits}, and the channel settings that
 * tell a real channel from local mode. LINE SDK types go no further than here and {@code webhook}.
 */
package jp.junction.bot.line;
