package jp.junction.bot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Place roles hold over generated questions: a town × a role phrase × a kind of help × a condition,
 * in several word orders. A town said as not wanted is never the place searched; a town said as
 * lived in stays the person's home; a second town asked for is searched beside it.
 */
class PlaceRoleProperties {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final QuestionReader READER =
      new QuestionReader(GAZETTEER, Lexicon.load(), Map.of());

  /**
   * Towns in and out of the corpus, several prefectures, written with and without 市 (not names
   * shared with a prefecture, 熊本 or 大阪, which bare mean the prefecture).
   */
  private static final List<String> TOWNS =
      List.of(
          "高松", "前橋市", "丸亀", "岸和田市", "清瀬", "安中", "新座市", "函館", "盛岡市", "松本", "倉敷市", "八代", "那覇市",
          "旭川");

  private static final List<String> AVOIDING =
      List.of(
          "%s以外で",
          "%sじゃないところで",
          "%sではない所の",
          "%sから離れた所で",
          "%sは避けたいので、",
          "%sの外で",
          "%sはちょっと気まずいので別の町で",
          "%s以外の",
          "%sじゃなくて、",
          "%sの人に会わないところで");

  private static final List<String> LIVING_AND_AVOIDING =
      List.of(
          "%sに住んでるけど、市外で",
          "%s在住ですが、地元以外で", "地元が%sなので、知り合いに会わない所で", "%s市民だけど、隣の市で", "家は%sだけど、誰も知らない所で");

  private static final List<String> LIVING =
      List.of("%sに住んでいます。", "%s在住です。", "家は%sです。", "%sに住んでて、");

  private static final Map<String, Category> KINDS =
      Map.of(
          "居場所",
          Category.IBASHO,
          "家族会",
          Category.FAMILY,
          "当事者会",
          Category.PEER,
          "相談できるところ",
          Category.CONSULTATION,
          "就労支援",
          Category.EMPLOYMENT);

  private static final List<String> CONDITIONS =
      List.of("", "オンラインじゃない", "女性だけの", "夜やってる", "無料の", "予約なしで行ける");

  private static Question read(String text) {
    return READER.read(SearchRequest.ofText(text, 10));
  }

  private static String cityName(String town) {
    return GAZETTEER.mentions(town).get(0).municipalities().stream()
        .map(GAZETTEER::cityOf)
        .filter(m -> m.name().startsWith(town.replaceAll("市$", "")))
        .findFirst()
        .orElseThrow()
        .name();
  }

  @Property(tries = 400)
  void aTownSaidAsNotWantedIsAvoidedWhateverTheOrder(@ForAll("avoiding") Sentence s) {
    Question q = read(s.text());

    assertThat(q.notMyTown()).as(s.text()).isTrue();
    assertThat(q.town().name()).as(s.text()).isEqualTo(cityName(s.town()));
    assertThat(q.places().homeWanted()).as(s.text()).isFalse();
    assertThat(q.categories()).as(s.text()).contains(s.kind());
  }

  @Property(tries = 300)
  void aTownLivedInWithoutAnExclusionIsTheHomeSearched(@ForAll("living") Sentence s) {
    Question q = read(s.text());

    assertThat(q.notMyTown()).as(s.text()).isFalse();
    assertThat(q.town().name()).as(s.text()).isEqualTo(cityName(s.town()));
    assertThat(q.places().homeWanted()).as(s.text()).isTrue();
    assertThat(q.categories()).as(s.text()).contains(s.kind());
  }

  @Property(tries = 300)
  void aSecondTownAskedForIsWantedBesideTheHome(
      @ForAll("living") Sentence s, @ForAll("towns") String other) {
    String wanted = other.replaceAll("市$", "");
    String text = String.format(LIVING.get(0), s.town()) + wanted + "のあたりで" + s.kind() + "を探しています";
    Question q = read(text);
    String otherCity = cityName(other);

    if (!otherCity.equals(cityName(s.town()))) {
      assertThat(q.town().name()).as(text).isEqualTo(cityName(s.town()));
      assertThat(q.places().wanted()).as(text).extracting(m -> m.name()).contains(otherCity);
      assertThat(q.places().avoided()).as(text).isEmpty();
    }
  }

  @Property(tries = 200)
  void onlineSaidAsNotWantedMeansGoingInPerson(@ForAll("avoiding") Sentence s) {
    Question q = read("オンラインじゃない" + s.kind() + "、" + s.text());

    assertThat(q.hardFlags()).as(s.text()).doesNotContain(Flag.ONLINE);
    assertThat(q.flags()).as(s.text()).contains(Flag.IN_PERSON);
    assertThat(q.notMyTown()).as(s.text()).isTrue();
  }

  /** A generated question, with the town and kind it was made from. */
  record Sentence(String text, String town, Category kind) {}

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of(TOWNS);
  }

  @Provide
  Arbitrary<Sentence> avoiding() {
    Arbitrary<String> phrases =
        Arbitraries.of(
            java.util.stream.Stream.concat(AVOIDING.stream(), LIVING_AND_AVOIDING.stream())
                .toList());
    return sentences(phrases);
  }

  @Provide
  Arbitrary<Sentence> living() {
    return sentences(Arbitraries.of(LIVING));
  }

  private static Arbitrary<Sentence> sentences(Arbitrary<String> phrases) {
    return Combinators.combine(
            Arbitraries.of(TOWNS),
            phrases,
            Arbitraries.of(KINDS.keySet()),
            Arbitraries.of(CONDITIONS),
            Arbitraries.integers().between(0, 2))
        .as(
            (town, phrase, kind, condition, order) -> {
              String place = String.format(phrase, town);
              String text =
                  switch (order) {
                    case 0 -> place + condition + kind + "はありますか";
                    case 1 -> condition + kind + "を探しています。" + place + "お願いします";
                    default ->
                        place.endsWith("、") || place.endsWith("。")
                            ? place + condition + kind
                            : condition + kind + "　" + place;
                  };
              return new Sentence(text, town, KINDS.get(kind));
            });
  }
}
