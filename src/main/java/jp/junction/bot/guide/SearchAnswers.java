package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.junction.bot.booklet.AreaPages;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Language;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Areas;
import jp.junction.bot.privacy.AnonymousStats;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.search.SearchRequest;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.vocabulary.Category;
import org.springframework.stereotype.Component;

/**
 * Runs a question through the search and writes the answer: a short note on what was found (and,
 * honestly, where the search had to widen), a carousel of up to 10 cards, and quick replies to page
 * and refine. No result still gets a kind answer with national options.
 */
@Component
class SearchAnswers {

  static final int PAGE = 10;
  static final String ACTION = "search";

  private final ResourceSearch search;
  private final ResourceCards cards;
  private final DialogContent words;
  private final AnonymousStats stats;
  private final AnswerCache cache;
  private final AnswerIntro intro;
  private final AreaPages areaPages;

  SearchAnswers(
      ResourceSearch search,
      ResourceCards cards,
      DialogContent words,
      AnonymousStats stats,
      AnswerCache cache,
      AreaPages areaPages) {
    words.require(GuideTexts.values());
    this.search = search;
    this.cards = cards;
    this.words = words;
    this.stats = stats;
    this.cache = cache;
    this.intro = new AnswerIntro(words);
    this.areaPages = areaPages;
  }

  List<OutgoingMessage> answer(Question question) {
    return answer(question, null);
  }

  /** As {@link #answer(Question)}; a typed question also counts in the anonymous statistics. */
  List<OutgoingMessage> answer(Question question, Inbound.Text typed) {
    return reply(question, typed).messages();
  }

  /** The answer and where its next page starts. */
  AnswerCache.Answer reply(Question question, Inbound.Text typed) {
    AnswerCache.Answer answer = cache.get(question, words.language(), this::make);
    if (typed != null) {
      SearchResult.Understanding u = answer.understanding();
      String area =
          (u.prefecture() == null ? "" : u.prefecture())
              + (u.municipality() == null ? "" : u.municipality());
      stats.recordQuestion(
          area,
          // Sorted by code, not display order: the statistics keep the same kind for the same set.
          u.categories().stream().map(Category::code).sorted().collect(Collectors.joining("|")),
          answer.foundLocally(),
          question.text(),
          typed.messageId());
    }
    return answer;
  }

  private AnswerCache.Answer make(Question question) {
    SearchResult result =
        search.search(
            new SearchRequest(
                question.searchText(),
                question.latitude(),
                question.longitude(),
                question.offset(),
                PAGE));
    if (result.hits().isEmpty()) {
      return new AnswerCache.Answer(
          List.of(new OutgoingMessage.Text(words.text(GuideTexts.NONE), noResultChoices(question))),
          result.understanding(),
          false,
          -1);
    }
    List<OutgoingMessage.Card> found =
        new ArrayList<>(result.hits().stream().map(cards::card).toList());
    listCard(result.understanding()).ifPresent(found::add);
    String names =
        result.hits().stream()
            .map(h -> h.resource().name())
            .collect(Collectors.joining(words.text(GuideTexts.PART_SEPARATOR)));
    return new AnswerCache.Answer(
        List.of(
            new OutgoingMessage.Text(intro.write(question, result)),
            new OutgoingMessage.Cards(
                words.text(GuideTexts.ALT, Map.of("names", names)),
                found,
                refinements(question, result))),
        result.understanding(),
        // An answer reached only by widening (neighbours, the prefecture, national services) had
        // nothing of the kind in the place asked: the statistics count it as an unmet need.
        result.widening() == SearchResult.Widening.NONE,
        question.offset() + result.hits().size() < result.total()
            ? question.offset() + result.hits().size()
            : -1);
  }

  /**
   * The card that opens the whole list of the town (or prefecture) asked about on the web, when the
   * bot knows its public address; none for a question about no place.
   */
  private Optional<OutgoingMessage.Card> listCard(SearchResult.Understanding u) {
    if (u.prefecture() == null || u.prefecture().isEmpty()) {
      return Optional.empty();
    }
    Areas.Area area =
        new Areas.Area(u.prefecture(), u.municipality() == null ? "" : u.municipality());
    return areaPages
        .link(area)
        .map(
            link ->
                new OutgoingMessage.Card(
                    words.text(GuideTexts.LIST_TITLE, Map.of("area", area.label())),
                    null,
                    List.of(words.text(GuideTexts.LIST_TEXT)),
                    List.of(),
                    null,
                    List.of(
                        new OutgoingMessage.Action.Uri(words.text(GuideTexts.LIST_LABEL), link))));
  }

  private List<OutgoingMessage.Action> refinements(Question question, SearchResult result) {
    List<OutgoingMessage.Action> quick = new ArrayList<>();
    int next = question.offset() + result.hits().size();
    if (next < result.total()) {
      String label = words.text(GuideTexts.MORE_LABEL);
      quick.add(words.postback(label, ACTION, question.page(next).toArgs(), label));
    }
    refine(quick, question, GuideTexts.REFINE_FAMILY);
    refine(quick, question, GuideTexts.REFINE_ONLINE);
    refine(quick, question, GuideTexts.REFINE_NEIGHBOURS);
    if (result.understanding().excludedMunicipality() == null
        || question.refinements().contains(word(GuideTexts.REFINE_NOTLOCAL))) {
      refine(quick, question, GuideTexts.REFINE_NOTLOCAL);
    }
    clear(quick, question);
    quick.add(new OutgoingMessage.Action.Location(words.text(GuideTexts.REFINE_LOCATION)));
    quick.add(
        new OutgoingMessage.Action.Message(
            words.text(GuideTexts.REFINE_MENU), words.text(GuideTexts.REFINE_MENU)));
    return quick;
  }

  private List<OutgoingMessage.Action> noResultChoices(Question question) {
    List<OutgoingMessage.Action> quick = new ArrayList<>();
    String national = words.text(GuideTexts.REFINE_NATIONAL);
    quick.add(
        words.postback(
            national,
            ACTION,
            new Question(word(GuideTexts.QUERY_NATIONAL), null, null, 0).toArgs(),
            national));
    refine(quick, question, GuideTexts.REFINE_ONLINE);
    refine(quick, question, GuideTexts.REFINE_NEIGHBOURS);
    quick.add(new OutgoingMessage.Action.Location(words.text(GuideTexts.REFINE_LOCATION)));
    quick.add(
        new OutgoingMessage.Action.Message(
            words.text(GuideTexts.REFINE_MENU), words.text(GuideTexts.REFINE_MENU)));
    return quick;
  }

  /**
   * A refinement adds its own words to what the search reads (always the standard Japanese ones:
   * the label is in the person's language); tapped again it is turned off (the chip then says so).
   * Words the person typed themselves are not offered again.
   */
  private void refine(List<OutgoingMessage.Action> quick, Question question, GuideTexts key) {
    String word = word(key);
    String label = words.text(key);
    if (question.text().contains(word) || question.text().contains(label)) {
      return;
    }
    boolean on = question.refinements().contains(word);
    String shown = on ? words.text(GuideTexts.REFINE_OFF, Map.of("label", label)) : label;
    quick.add(words.postback(shown, ACTION, question.toggled(word, rivals(key)).toArgs(), shown));
  }

  /** The words a refinement adds to the search: standard Japanese, whatever the person reads. */
  private String word(GuideTexts key) {
    return words.speaking(Language.STANDARD, () -> words.text(key));
  }

  /**
   * Refinements of where to look contradict each other (online only, nearby towns too, not the home
   * town): turning one on turns the others off, so they never pile up.
   */
  private List<String> rivals(GuideTexts key) {
    List<GuideTexts> where =
        List.of(GuideTexts.REFINE_ONLINE, GuideTexts.REFINE_NEIGHBOURS, GuideTexts.REFINE_NOTLOCAL);
    return where.contains(key)
        ? where.stream().filter(k -> k != key).map(this::word).toList()
        : List.of();
  }

  /** Once a refinement is on, one chip turns them all off. */
  private void clear(List<OutgoingMessage.Action> quick, Question question) {
    if (!question.refinements().isEmpty()) {
      String label = words.text(GuideTexts.REFINE_CLEAR);
      quick.add(words.postback(label, ACTION, question.cleared().toArgs(), label));
    }
  }
}
