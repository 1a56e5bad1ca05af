package jp.junction.bot.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.junction.bot.booklet.AreaPages;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.LuceneResourceSearch;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchRequest;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a result is told, with the real dialogs: honest about widening, never apologising wrongly.
 */
class SearchAnswersTests {

  private final java.time.Clock clock = java.time.Clock.systemUTC();
  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  private final DialogContent words =
      new DialogContent(
          new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));

  @Test
  void aTownWithNothingFittingSaysNeighboursWereAdded() {
    String intro = introFor(understood("香川県", "まんのう町", null), SearchResult.Widening.NEIGHBOURS);

    assertThat(intro).contains("まんのう町には合うところが見つからなかった");
  }

  @Test
  void theIntroSaysHowManyCardsAreInTheTownNearbyPrefectureWideAndNational() {
    SearchResult result =
        new SearchResult(
            List.of(
                hit("local", "香川県", "高松市"),
                hit("local", "香川県", "高松市"),
                hit("local", "香川県", "坂出市"),
                hit("prefecture", "香川県", null),
                hit("national", null, null)),
            5,
            understood("香川県", "高松市", null),
            SearchResult.Widening.NONE);

    assertThat(introFor(result))
        .contains("高松市で2件、近くの町で1件、香川県全体で1件、全国・オンラインで1件です。")
        .doesNotContain("見つからなかった")
        .doesNotContain("高松市の居場所");
  }

  @Test
  void prefectureWideCardsForATokyoTownAreCalledTokyoWide() {
    SearchResult result =
        new SearchResult(
            List.of(hit("prefecture", "東京都", null)),
            1,
            understood("東京都", "清瀬市", null),
            SearchResult.Widening.PREFECTURE);

    assertThat(introFor(result)).contains("東京都全体").doesNotContain("県全体");
  }

  @Test
  void nationalCardsAreNeverCalledTheTownsOwn() {
    SearchResult result =
        new SearchResult(
            List.of(hit("national", null, null), hit("national", null, null)),
            2,
            understood("北海道", "札幌市", null),
            SearchResult.Widening.NATIONAL);

    assertThat(introFor(result)).doesNotContain("札幌市の居場所").contains("全国どこからでも使える");
  }

  @Test
  void aTownWhoseCardIsShownIsNeverSaidToHaveNothing() {
    SearchResult result =
        new SearchResult(
            List.of(hit("local", "群馬県", "前橋市"), hit("local", "群馬県", "高崎市")),
            2,
            understood("群馬県", "前橋市", null),
            SearchResult.Widening.NEIGHBOURS);

    assertThat(introFor(result)).doesNotContain("見つからなかった").contains("前橋市で1件");
  }

  @Test
  void askingForSomewhereElseIsNotTreatedAsAFailureToFindAnything() {
    String intro = introFor(understood("群馬県", null, "安中市"), SearchResult.Widening.NEIGHBOURS);

    assertThat(intro).contains("安中市以外からさがしました").doesNotContain("見つからなかった");
  }

  @Test
  void noResultStillOffersNationalOptionsAndAWayOn() {
    // Only typed questions are counted in the statistics; these are taps, so no stats are needed.
    List<OutgoingMessage> reply =
        answers(
                request ->
                    new SearchResult(
                        List.of(),
                        0,
                        SearchResult.Understanding.nothing(),
                        SearchResult.Widening.NONE))
            .answer(new Question("zzz", null, null, 0));

    OutgoingMessage.Text text = (OutgoingMessage.Text) reply.get(0);
    assertThat(text.text()).contains("全国");
    assertThat(text.quickReplies())
        .extracting(OutgoingMessage.Action::label)
        .contains("全国の電話・チャット", "メニュー");
  }

  @Test
  void eachRefinementOfferedIsReadByTheSearchAsWhatItsLabelSays(@TempDir Path data)
      throws Exception {
    try (InputStream fixture = getClass().getResourceAsStream("/search/fixture-resources.csv");
        LuceneResourceSearch search = copyAndLoad(fixture, data)) {
      List<OutgoingMessage> reply = answers(search).answer(new Question("高崎 居場所", null, null, 0));

      Map<String, SearchResult.Understanding> tapped = new HashMap<>();
      for (OutgoingMessage.Action action : reply.get(1).quickReplies()) {
        if (action instanceof OutgoingMessage.Action.Postback postback
            && !postback.data().contains("&o=")) {
          String refined = Question.fromArgs(args(postback.data()), null).searchText();
          tapped.put(
              action.label(), search.search(SearchRequest.ofText(refined, 10)).understanding());
        }
      }

      assertThat(tapped.get(words.text(GuideTexts.REFINE_FAMILY)).asker())
          .isEqualTo(Audience.FAMILY);
      assertThat(tapped.get(words.text(GuideTexts.REFINE_ONLINE)).conditions())
          .contains(Flag.ONLINE);
      assertThat(tapped.get(words.text(GuideTexts.REFINE_NOTLOCAL)).excludedMunicipality())
          .isEqualTo("高崎市");
      assertThat(tapped).containsKey(words.text(GuideTexts.REFINE_NEIGHBOURS));
    }
  }

  @Test
  void aRefinementTappedAgainIsTurnedOffAndOneChipClearsThemAll(@TempDir Path data)
      throws Exception {
    try (InputStream fixture = getClass().getResourceAsStream("/search/fixture-resources.csv");
        LuceneResourceSearch search = copyAndLoad(fixture, data)) {
      String online = words.text(GuideTexts.REFINE_ONLINE);
      Question first = new Question("高崎 居場所", null, null, 0);
      Question onlineOn = tap(answers(search).answer(first), online);
      assertThat(onlineOn.refinements()).containsExactly(online);

      List<OutgoingMessage> reply = answers(search).answer(onlineOn);
      String off = words.text(GuideTexts.REFINE_OFF, Map.of("label", online));
      assertThat(tap(reply, off).refinements()).isEmpty();
      assertThat(tap(reply, words.text(GuideTexts.REFINE_CLEAR)).searchText()).isEqualTo("高崎 居場所");
      assertThat(labels(reply)).doesNotContain(online);
    }
  }

  @Test
  void aRefinementAfterALongQuestionIsStillRead() {
    String story = "息子のことでずっと悩んでいます。".repeat(8) + "高崎で相談できるところ";
    Question refined =
        Question.fromArgs(
            new Question(story, null, null, 0)
                .toggled(words.text(GuideTexts.REFINE_ONLINE))
                .toArgs(),
            null);

    assertThat(refined.searchText()).endsWith(words.text(GuideTexts.REFINE_ONLINE));
  }

  private static Question tap(List<OutgoingMessage> reply, String label) {
    return reply.get(1).quickReplies().stream()
        .filter(a -> a.label().equals(label))
        .map(a -> (OutgoingMessage.Action.Postback) a)
        .map(p -> Question.fromArgs(args(p.data()), null))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chip " + label + " in " + labels(reply)));
  }

  private static List<String> labels(List<OutgoingMessage> reply) {
    return reply.get(1).quickReplies().stream().map(OutgoingMessage.Action::label).toList();
  }

  /** Postback data as arguments (only % & = are encoded there). */
  private static Map<String, String> args(String data) {
    Map<String, String> args = new HashMap<>();
    for (String pair : data.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        args.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return args;
  }

  private static LuceneResourceSearch copyAndLoad(InputStream fixture, Path data)
      throws IOException {
    Files.copy(fixture, data.resolve("resources.csv"));
    return new LuceneResourceSearch(new DataSettings(data), null, Clock.systemUTC());
  }

  private String introFor(SearchResult.Understanding u, SearchResult.Widening widening) {
    return introFor(new SearchResult(List.of(hit()), 1, u, widening));
  }

  private String introFor(SearchResult result) {
    List<OutgoingMessage> reply =
        answers(request -> result).answer(new Question("居場所", null, null, 0));
    return ((OutgoingMessage.Text) reply.get(0)).text();
  }

  @Test
  void aRepeatedQuestionIsSearchedOnceAndAnsweredTheSame() {
    AtomicInteger searches = new AtomicInteger();
    ResourceSearch search = countingSearch(searches, new AtomicLong());
    SearchAnswers answers = cachingAnswers(search);

    List<OutgoingMessage> first = answers.answer(new Question("居場所 高松", null, null, 0));
    List<OutgoingMessage> second = answers.answer(new Question("居場所 高松", null, null, 0));
    answers.answer(new Question("居場所 高松", null, null, 10));

    assertThat(second).isEqualTo(first);
    assertThat(searches).as("the same page once, the next page on its own").hasValue(2);
  }

  @Test
  void aDataReloadIsSearchedAgainNotServedFromTheOldData() {
    AtomicInteger searches = new AtomicInteger();
    AtomicLong generation = new AtomicLong();
    SearchAnswers answers = cachingAnswers(countingSearch(searches, generation));

    answers.answer(new Question("居場所", null, null, 0));
    generation.incrementAndGet();
    answers.answer(new Question("居場所", null, null, 0));

    assertThat(searches).hasValue(2);
  }

  @Test
  void questionsWithAPlaceOnTheMapAreNeverKept() {
    AtomicInteger searches = new AtomicInteger();
    SearchAnswers answers = cachingAnswers(countingSearch(searches, new AtomicLong()));

    answers.answer(new Question("", 34.34, 134.04, 0));
    answers.answer(new Question("", 34.34, 134.04, 0));

    assertThat(searches).hasValue(2);
  }

  @Test
  void anAnswerAboutATownEndsWithTheLinkToItsWholeListWhenThePublicAddressIsKnown() {
    SearchResult result =
        new SearchResult(
            List.of(hit(), hit()), 2, understood("香川県", "高松市", null), SearchResult.Widening.NONE);
    SearchAnswers withBase =
        new SearchAnswers(
            request -> result,
            new ResourceCards(words, clock),
            words,
            null,
            new AnswerCache(request -> result, new GuideSettings(0, Duration.ofMinutes(10)), clock),
            new AreaPages("https://bot.example.jp/", GAZETTEER));

    List<OutgoingMessage.Card> cards =
        ((OutgoingMessage.Cards) withBase.answer(new Question("高松 居場所", null, null, 0)).get(1))
            .cards();

    assertThat(cards).hasSize(3);
    OutgoingMessage.Card last = cards.get(2);
    assertThat(last.title()).isEqualTo("香川県高松市の一覧");
    assertThat(last.buttons())
        .containsExactly(
            new OutgoingMessage.Action.Uri("一覧を見る", "https://bot.example.jp/areas/372013"));
    List<OutgoingMessage.Card> without =
        ((OutgoingMessage.Cards)
                answers(request -> result).answer(new Question("高松 居場所", null, null, 0)).get(1))
            .cards();
    assertThat(without).hasSize(2);
  }

  @Test
  void anAnswerAboutNoPlaceHasNoListLink() {
    SearchResult result =
        new SearchResult(
            List.of(hit()), 1, understood(null, null, null), SearchResult.Widening.NONE);
    SearchAnswers withBase =
        new SearchAnswers(
            request -> result,
            new ResourceCards(words, clock),
            words,
            null,
            new AnswerCache(request -> result, new GuideSettings(0, Duration.ofMinutes(10)), clock),
            new AreaPages("https://bot.example.jp", GAZETTEER));

    assertThat(
            ((OutgoingMessage.Cards) withBase.answer(new Question("居場所", null, null, 0)).get(1))
                .cards())
        .hasSize(1);
  }

  private SearchAnswers answers(ResourceSearch search) {
    return answers(search, 0); // keeps nothing: every question is searched
  }

  private SearchAnswers cachingAnswers(ResourceSearch search) {
    return answers(search, 100);
  }

  private SearchAnswers answers(ResourceSearch search, int kept) {
    return new SearchAnswers(
        search,
        new ResourceCards(words, clock),
        words,
        null,
        new AnswerCache(search, new GuideSettings(kept, Duration.ofMinutes(10)), clock),
        new AreaPages("", GAZETTEER));
  }

  private static ResourceSearch countingSearch(AtomicInteger searches, AtomicLong generation) {
    return new ResourceSearch() {
      @Override
      public SearchResult search(SearchRequest request) {
        searches.incrementAndGet();
        return new SearchResult(
            List.of(hit()), 30, understood("香川県", "高松市", null), SearchResult.Widening.NONE);
      }

      @Override
      public long generation() {
        return generation.get();
      }
    };
  }

  private static SearchResult.Understanding understood(
      String prefecture, String municipality, String excluded) {
    return new SearchResult.Understanding(
        prefecture,
        municipality,
        excluded,
        Set.of(Category.IBASHO),
        null,
        Set.of(),
        false,
        municipality == null ? List.of() : List.of(prefecture + "/" + municipality));
  }

  private static SearchResult.Hit hit() {
    return hit("local", "香川県", "丸亀市");
  }

  /** A card of this coverage and place (also used by {@link AnswerHonestyTests}). */
  static SearchResult.Hit hit(String coverage, String prefecture, String municipality) {
    SearchResult.Resource r =
        new SearchResult.Resource(
            "x1",
            "（サンプル）居場所",
            null,
            Set.of(Category.IBASHO),
            Set.of(Audience.SELF),
            coverage,
            prefecture,
            municipality,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            false,
            false,
            false,
            null,
            null,
            null,
            List.of(),
            LocalDate.of(2026, 1, 1));
    return new SearchResult.Hit(r, 1.0, null, false, Set.of());
  }
}
