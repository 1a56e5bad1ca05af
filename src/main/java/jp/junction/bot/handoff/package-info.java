/**
 * Reaching a human: 「人と話したい」 and the like (and the menu) lead to the people who can answer — the
 * organisation's own staff chat when it runs one, and national phone and SNS lines. With the staff
 * chat on ({@code junction.handoff.*}, off by default), a tap on 「スタッフと話したい」 says when staff
 * usually answer and then keeps the bot quiet for that person (everything but the crisis answer,
 * which the webhook sends before the conversation is reached) for a configured time, renewed by
 * each message, so that staff can answer in LINE Official Account Manager's chat. 「メニュー」「ボットに戻る」 or
 * the time running out bring the bot back. The staff start page reads only how many people are
 * waiting ({@link jp.junction.bot.handoff.StaffChat}).
 */
package jp.junction.bot.handoff;
