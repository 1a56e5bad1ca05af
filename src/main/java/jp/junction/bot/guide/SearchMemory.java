package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.junction.bot.conversation.ConversationState;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.PlaceRoles;

/**
 * What the search remembers of a conversation, only in the person's short-lived conversation state
 * (under their pseudonym, with its TTL, erased with it): the location they shared, which stays
 * their "here" until they name a place; the places of the last question that named one, for a next
 * question that names none; and the last question answered, for typed paging and for taps after a
 * long question.
 */
final class SearchMemory {

  static final String HERE = "search.here";
  static final String PLACES = "search.places";
  static final String LAST = "search.last";

  /** Everything kept from what the person wrote or shared, removed when they unsend a message. */
  static final java.util.Set<String> FIELDS = java.util.Set.of(HERE, PLACES, LAST);

  /** A location, as kept. */
  record Here(double latitude, double longitude) {}

  /** The last question answered, and where its next page starts (-1: there is none). */
  record Last(Question question, int next) {}

  private final ConversationState state;

  SearchMemory(ConversationState state) {
    this.state = state;
  }

  void rememberHere(double latitude, double longitude) {
    // Kept to about 100 m (three decimals), as the privacy notice says: enough for "near here".
    state.put(HERE, String.format(Locale.ROOT, "%.3f,%.3f", latitude, longitude));
    state.remove(PLACES);
  }

  Optional<Here> here() {
    return state
        .get(HERE)
        .flatMap(
            v -> {
              String[] parts = v.split(",");
              try {
                return parts.length == 2
                    ? Optional.of(
                        new Here(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])))
                    : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** A question named places: they replace the shared location and the places remembered. */
  void rememberPlaces(PlaceRoles roles) {
    state.remove(HERE);
    state.put(PLACES, phrase(roles));
  }

  /** The places of the last question that named one, in words the search reads again. */
  Optional<String> places() {
    return state.get(PLACES).filter(p -> !p.isBlank());
  }

  void rememberLast(Question question, int next) {
    // Lines: next page, latitude, longitude, refinements (|), then the question's text.
    state.put(
        LAST,
        String.join(
            "\n",
            Integer.toString(next),
            question.latitude() == null ? "" : rounded(question.latitude()),
            question.longitude() == null ? "" : rounded(question.longitude()),
            String.join("|", question.refinements()),
            question.text().replace('\n', ' ')));
  }

  Optional<Last> last() {
    return state
        .get(LAST)
        .flatMap(
            v -> {
              String[] parts = v.split("\n", 5);
              if (parts.length != 5) {
                return Optional.empty();
              }
              try {
                Question q =
                    new Question(
                        parts[4],
                        parts[1].isEmpty() ? null : Double.valueOf(parts[1]),
                        parts[2].isEmpty() ? null : Double.valueOf(parts[2]),
                        0,
                        parts[3].isEmpty() ? List.of() : List.of(parts[3].split("\\|")));
                return Optional.of(new Last(q, Integer.parseInt(parts[0])));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** Whether a question names a place of any role. */
  static boolean namesPlace(PlaceRoles roles) {
    return roles.home() != null
        || !roles.wanted().isEmpty()
        || !roles.avoided().isEmpty()
        || !roles.wantedPrefectures().isEmpty()
        || !roles.avoidedPrefectures().isEmpty();
  }

  /**
   * The places by role as plain words (「香川県高松市で」「香川県高松市以外で」), each town with its prefecture so that
   * a name found in several prefectures is read as the same one again.
   */
  static String phrase(PlaceRoles roles) {
    List<String> parts = new ArrayList<>();
    // A home said only as where the person lives (「家は丸亀、職場が高松」) is not where to look.
    Municipality home = roles.home();
    if (home != null && roles.homeWanted() && !roles.avoidsHome()) {
      parts.add(full(home) + "で");
    }
    roles.wanted().forEach(t -> parts.add(full(t) + "で"));
    roles.wantedPrefectures().stream().sorted().forEach(p -> parts.add(p + "で"));
    roles.avoided().forEach(t -> parts.add(full(t) + "以外で"));
    roles.avoidedPrefectures().stream().sorted().forEach(p -> parts.add(p + "以外で"));
    return String.join(" ", parts);
  }

  private static String full(Municipality town) {
    return town.prefecture() + (town.isWard() ? town.parent() : "") + town.name();
  }

  private static String rounded(double degrees) {
    return String.format(Locale.ROOT, "%.3f", degrees);
  }
}
