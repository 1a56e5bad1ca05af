/**
 * Saved places (「あとで見る」): a button on each resource card keeps that place for the person, under
 * their pseudonym, for a stated time refreshed on each save and up to a set number of places;
 * 「保存した場所」 lists them with their current details from the directory (a place retired or removed
 * since says so) and lets the person remove one or all. Erased with everything else. Words in
 * {@code dialogs/saved.yml}.
 */
package jp.junction.bot.saved;
