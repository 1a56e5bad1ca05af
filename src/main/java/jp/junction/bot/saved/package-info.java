/**
 * Saved places (「あとで見る」): a button on each resource card keeps that place for the person, under
 * their pseudonym, for a stated time refreshed on each save and up to a set number of places;
 * 「保存した場所」 lists them with their current details from the directory (a place retired or removed
 * since says so) and lets the person remove one or all. After a save, 「○日後にもう一度見せて」 books one push
 * of the place at 10:00 JST on that day (never in quiet hours), within a monthly cap on these
 * pushes, which cost the account's message quota. An event card's 「知らせてほしい」 books the same one
 * reminder for an event (the day before it, or a day until it), pushed with the event as it is
 * then. Erased with everything else. Words in {@code dialogs/saved.yml}.
 */
package jp.junction.bot.saved;
