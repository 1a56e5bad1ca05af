/**
 * The dialog engine: loads and validates {@code dialogs/*.yml}, keeps each person's short-lived
 * state in Redis, and routes what a person does ({@link jp.junction.bot.conversation.Inbound}) to
 * dialog nodes and feature actions ({@link jp.junction.bot.conversation.DialogAction}, which answer
 * with an {@link jp.junction.bot.conversation.ActionResult}). Features name the words they use
 * through typed keys ({@link jp.junction.bot.conversation.TextKey}, {@link
 * jp.junction.bot.conversation.ListKey}, {@link jp.junction.bot.conversation.NodeKey}, {@link
 * jp.junction.bot.conversation.Occasion}) and register what they keep about a person as {@link
 * jp.junction.bot.conversation.PersonalData}.
 */
package jp.junction.bot.conversation;
