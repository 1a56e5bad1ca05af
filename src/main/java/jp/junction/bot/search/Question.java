package jp.junction.bot.search;

import java.util.List;
import java.util.Set;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.places.Prefecture;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;

/**
 * A question as understood, in the terms the ranking rules use: the person's town (or only a
 * prefecture), whether they want to avoid it, a location, the kinds of help wanted (and close
 * ones), who it is for, conditions (soft: preferred; hard: required), age and special groups.
 *
 * @param town the person's own town (see {@link PlaceRoles#home()}), or null
 * @param places every named place by role
 * @param notMyTown the person does not want their own town's services
 * @param audience who is asking, or null when it could be anyone
 * @param keywords soft keyword conditions: each inner list is satisfied by any one of its terms
 * @param notKeywords terms a fitting resource should not contain
 */
record Question(
    String text,
    Municipality town,
    Prefecture prefecture,
    PlaceRoles places,
    boolean notMyTown,
    boolean nearbyWanted,
    Double lat,
    Double lon,
    Set<Category> categories,
    Set<Category> related,
    Audience audience,
    Set<Flag> flags,
    Set<Flag> hardFlags,
    List<List<String>> keywords,
    List<String> notKeywords,
    AgeRange age,
    Set<String> groups,
    boolean wantsGroup,
    boolean broad) {

  /**
   * The same question with its hard conditions as wishes and for anyone: what a search that found
   * nothing at all answers with, so a question never comes back empty.
   */
  Question relaxed() {
    java.util.EnumSet<Flag> soft = java.util.EnumSet.noneOf(Flag.class);
    soft.addAll(flags);
    soft.addAll(hardFlags);
    return new Question(
        text,
        town,
        prefecture,
        places,
        notMyTown,
        nearbyWanted,
        lat,
        lon,
        categories,
        related,
        null,
        soft,
        Set.of(),
        keywords,
        notKeywords,
        age,
        groups,
        wantsGroup,
        broad);
  }

  boolean hasLocation() {
    return lat != null && lon != null;
  }

  /** Any stated condition (flag or keyword), for the "condition first" rule. */
  boolean statesCondition() {
    return !flags.isEmpty() || !hardFlags.isEmpty() || !keywords.isEmpty();
  }
}
