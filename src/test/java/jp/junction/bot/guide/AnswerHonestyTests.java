package jp.junction.bot.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.booklet.AreaPages;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.LuceneResourceSearch;
import jp.junction.bot.search.PlaceRoles;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchRequest;
import jp.junction.bot.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * The answer's own words never contradict its cards, over every question of the benchmark's dev
 * sets and our own (bench/own, bench/own2, and the sealed own3 and own4 once read): a town said to
 * have nothing has no card shown, a prefecture-wide count names the cards' own 都/道/府/県, an avoided
 * town has no card, the breakdown adds up to the cards shown, and 「〇〇市の…」 is said only when every
 * card is that town's. Skips when the benchmark ({@code ../shared/bench}) is not there.
 */
class AnswerHonestyTests {

  private static final Path BENCH = Path.of("..", "shared", "bench");
  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  private static final Pattern NOTHING_IN = Pattern.compile("([^\\s、。]+?)には合うところが見つからなかった");
  private static final Pattern AVOIDED = Pattern.compile("([^\\s、。]+?)以外からさがしました");
  private static final Pattern COUNT = Pattern.compile("で(\\d+)件");
  private static final Pattern OWN_TOWN = Pattern.compile("^([^\\s、。の]+?[市区町村])の");

  private final DialogContent words =
      new DialogContent(
          new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));

  @Test
  void theIntroNeverContradictsTheCardsShown() throws Exception {
    assumeTrue(
        Files.isRegularFile(BENCH.resolve("resources.csv")),
        "skipped: the search benchmark is not at " + BENCH.toAbsolutePath());
    List<String> questions = new ArrayList<>();
    for (Path file :
        List.of(
            BENCH.resolve("queries-dev.tsv"),
            BENCH.resolve("dev2/queries-dev2.tsv"),
            Path.of("bench/own/queries-own.tsv"),
            Path.of("bench/own2/queries-own2.tsv"),
            Path.of("bench/sealed/own3/queries-own3.tsv"),
            Path.of("bench/sealed/own4/queries-own4.tsv"))) {
      if (Files.isRegularFile(file)) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(line -> line.split("\t", -1))
            .filter(row -> row.length > 1 && (row.length < 3 || row[2].isBlank()))
            .forEach(row -> questions.add(row[1]));
      }
    }
    List<String> contradictions = new ArrayList<>();
    try (LuceneResourceSearch search =
        new LuceneResourceSearch(new DataSettings(BENCH), null, Clock.systemUTC())) {
      AtomicReference<SearchResult> last = new AtomicReference<>();
      SearchAnswers answers = answers(capturing(search, last));
      for (String text : questions) {
        List<OutgoingMessage> reply = answers.answer(new Question(text, null, null, 0));
        SearchResult result = last.get();
        if (result == null || result.hits().isEmpty()) {
          continue;
        }
        String intro = ((OutgoingMessage.Text) reply.get(0)).text();
        contradictions.addAll(check(text, intro, result.hits()));
      }
    }

    assertThat(questions).hasSizeGreaterThan(200);
    assertThat(contradictions).isEmpty();
  }

  private static List<String> check(String question, String intro, List<SearchResult.Hit> hits) {
    List<String> found = new ArrayList<>();
    List<SearchResult.Resource> cards = hits.stream().map(SearchResult.Hit::resource).toList();
    for (Matcher m = NOTHING_IN.matcher(intro); m.find(); ) {
      String town = m.group(1);
      if (cards.stream().anyMatch(r -> "local".equals(r.coverage()) && town.contains(name(r)))) {
        found.add(question + ": says " + town + " has nothing, shows one of its cards");
      }
    }
    for (int at = intro.indexOf("全体"); at >= 0; at = intro.indexOf("全体", at + 1)) {
      int end = at;
      if (cards.stream()
          .noneMatch(
              r ->
                  "prefecture".equals(r.coverage())
                      && intro.startsWith(r.prefecture(), end - r.prefecture().length()))) {
        found.add(question + ": says 全体 after no prefecture of its cards: " + intro);
      }
    }
    for (Matcher m = AVOIDED.matcher(intro); m.find(); ) {
      String town = m.group(1);
      if (cards.stream().anyMatch(r -> "local".equals(r.coverage()) && town.equals(name(r)))) {
        found.add(question + ": avoids " + town + ", shows one of its cards");
      }
    }
    for (String line : intro.split("\n")) {
      int sum = 0;
      int parts = 0;
      for (Matcher m = COUNT.matcher(line); m.find(); parts++) {
        sum += Integer.parseInt(m.group(1));
      }
      if (parts > 1) {
        if (sum != cards.size()) {
          found.add(question + ": breakdown adds to " + sum + ", " + cards.size() + " cards");
        }
      }
    }
    Matcher own = OWN_TOWN.matcher(intro);
    if (own.find()) {
      List<String> towns = List.of(own.group(1).split("・"));
      if (cards.stream().anyMatch(r -> !"local".equals(r.coverage()) || !towns.contains(name(r)))) {
        found.add(question + ": calls every card " + own.group(1) + "'s");
      }
    }
    return found;
  }

  @Test
  void theCheckFindsEachKindOfContradiction() {
    List<SearchResult.Hit> maebashi = List.of(SearchAnswersTests.hit("local", "群馬県", "前橋市"));
    List<SearchResult.Hit> tokyo = List.of(SearchAnswersTests.hit("prefecture", "東京都", null));

    assertThat(check("q", "前橋市には合うところが見つからなかったので、近くの町の場所を入れています。", maebashi)).hasSize(1);
    assertThat(check("q", "清瀬市には合うところが見つからなかったので、県全体で使える場所を入れています。", tokyo)).hasSize(1);
    assertThat(check("q", "清瀬市には合うところが見つからなかったので、東京都全体で使える場所を入れています。", tokyo)).isEmpty();
    assertThat(check("q", "前橋市以外からさがしました。", maebashi)).hasSize(1);
    assertThat(check("q", "前橋市で1件、全国・オンラインで1件です。", maebashi)).hasSize(1);
    assertThat(check("q", "札幌市の居場所を1件見つけました。", tokyo)).hasSize(1);
  }

  private static String name(SearchResult.Resource r) {
    return r.municipality() == null ? "" : r.municipality();
  }

  private static ResourceSearch capturing(
      ResourceSearch search, AtomicReference<SearchResult> last) {
    return new ResourceSearch() {
      @Override
      public SearchResult search(SearchRequest request) {
        SearchResult result = search.search(request);
        last.set(result);
        return result;
      }

      @Override
      public PlaceRoles places(String text) {
        return search.places(text);
      }
    };
  }

  private SearchAnswers answers(ResourceSearch search) {
    Clock clock = Clock.systemUTC();
    return new SearchAnswers(
        search,
        new ResourceCards(words, clock),
        words,
        null,
        new AnswerCache(search, new GuideSettings(0, Duration.ofMinutes(10)), clock),
        new AreaPages("", GAZETTEER));
  }
}
