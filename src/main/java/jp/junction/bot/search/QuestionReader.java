package jp.junction.bot.search;

import static jp.junction.bot.vocabulary.Category.CONSULTATION;
import static jp.junction.bot.vocabulary.Category.EMPLOYMENT;
import static jp.junction.bot.vocabulary.Category.FAMILY;
import static jp.junction.bot.vocabulary.Category.HOTLINE;
import static jp.junction.bot.vocabulary.Category.IBASHO;
import static jp.junction.bot.vocabulary.Category.LEARNING;
import static jp.junction.bot.vocabulary.Category.MEDICAL;
import static jp.junction.bot.vocabulary.Category.OUTREACH;
import static jp.junction.bot.vocabulary.Category.PEER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Readings;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import jp.junction.bot.vocabulary.Flag;

/**
 * Reads a free-text question (and optional location) into a {@link Question}; a refinement tapped
 * after an answer arrives as its words added to the question (家族向け, オンライン, 近くの町も, 地元以外で). Place
 * names come from the gazetteer; an ambiguous name (富岡, 小平) is read as the town the corpus serves.
 * Everything else comes from the signal lexicon.
 */
final class QuestionReader {

  static final int MAX_TEXT = 500;

  /** Kinds of help close enough to a wanted one to be a useful fallback. */
  private static final Map<Category, Set<Category>> RELATED =
      new EnumMap<>(
          Map.of(
              IBASHO, EnumSet.of(PEER, LEARNING),
              PEER, EnumSet.of(IBASHO, LEARNING),
              FAMILY, EnumSet.of(CONSULTATION),
              CONSULTATION, EnumSet.of(HOTLINE, OUTREACH, MEDICAL),
              EMPLOYMENT, EnumSet.of(CONSULTATION),
              LEARNING, EnumSet.of(IBASHO, FAMILY, CONSULTATION),
              HOTLINE, EnumSet.of(CONSULTATION, OUTREACH, MEDICAL),
              MEDICAL, EnumSet.of(CONSULTATION, HOTLINE, OUTREACH),
              OUTREACH, EnumSet.of(CONSULTATION, HOTLINE, MEDICAL)));

  /** Kinds of place asked for by their usual name: a place that calls itself so fits best. */
  private static final Map<String, List<String>> NAMED_KINDS =
      Map.of(
          "keyword.freeschool", List.of("フリースクール"),
          "keyword.freespace", List.of("フリースペース"),
          "keyword.saposute", List.of("サポステ", "サポートステーション"));

  private final Lexicon lexicon;
  private final PlaceReader places;
  private final AgeReader ages = new AgeReader();

  QuestionReader(Gazetteer gazetteer, Lexicon lexicon, Map<String, Integer> placeWeights) {
    this.lexicon = lexicon;
    this.places = new PlaceReader(gazetteer, lexicon, placeWeights);
  }

  Question read(SearchRequest request) {
    String raw = request.text() == null ? "" : request.text();
    String text = clean(raw);
    String folded = Readings.hiragana(text);
    String kana = Readings.romajiToHiragana(folded);
    String[] forms = {text, folded, kana};
    List<String[]> sentences = sentences(text);

    PlaceReader.Place place = places.read(text, forms);
    boolean notMyTown = place.roles().avoidsHome();

    Set<Category> categories = kindsAskedFor(forms, sentences);
    // Someone else's family said politely (親御さん, 息子さん) is not the asker's own.
    boolean family = lexicon.has("asker.family", blanked("asker.others_family", forms));
    boolean self = lexicon.has("asker.self", forms) && !family;
    // A supporter (民生委員, 保健師, a teacher, a friend) asking on someone's behalf gets what fits
    // that person: a family's services when they speak of the family, else anyone's.
    boolean supporter =
        lexicon.has("asker.supporter", forms)
            && !family
            && lexicon.has("asker.supporter.for_self", forms);
    boolean onBehalf = lexicon.has("asker.supporter", forms) && !family && !supporter;
    // Someone speaking of another's family (民生委員: お母さんに紹介できる相談先): the relative goes,
    // unless the person themselves is to (本人が働く練習ができる場所).
    boolean forFamily =
        !family
            && !supporter
            && lexicon.has("asker.others_family", forms)
            && !lexicon.has("asker.for_person", forms);
    Set<String> groups = new LinkedHashSet<>();
    for (String group : List.of("school", "women", "men", "sibling", "lgbtq")) {
      if (lexicon.has("group." + group, forms)) {
        groups.add(group);
      }
    }
    if (!family) {
      groups.remove("sibling");
    }
    if (lexicon.has("refine.family", forms)) {
      categories.add(FAMILY);
    }
    boolean broad = categories.isEmpty();
    // A free school is the child's own place, whoever asks about it.
    boolean forChild =
        family
            && (lexicon.has("asker.for_child", forms) || lexicon.has("keyword.freeschool", forms));
    if ((family || forFamily)
        && !categories.contains(FAMILY)
        && (categories.contains(IBASHO) || categories.contains(PEER))
        && lexicon.has("wants.group.parents", forms)) {
      // Parents meeting parents (同じ悩みの親と話せる会) is a family group, also beside a place
      // for the child (娘が昼間いられる場所), whose own place is not a peer group.
      categories.add(FAMILY);
      if (forChild) {
        categories.remove(PEER);
      }
    } else if (family
        && !forChild
        && !categories.contains(FAMILY)
        && categories.equals(EnumSet.of(LEARNING))
        && lexicon.has("wants.group", forms)) {
      categories.add(FAMILY);
    }
    if (categories.contains(EMPLOYMENT)) {
      categories.remove(CONSULTATION);
    }
    if (family && !forChild) {
      if (categories.contains(FAMILY)) {
        categories.removeAll(EnumSet.of(LEARNING, IBASHO, PEER));
      } else if (categories.isEmpty()
          || categories.contains(CONSULTATION)
          || categories.equals(EnumSet.of(HOTLINE))
          || categories.equals(EnumSet.of(LEARNING))) {
        categories.addAll(EnumSet.of(CONSULTATION, FAMILY));
      }
      if (categories.contains(FAMILY)
          && categories.contains(HOTLINE)
          && !lexicon.has("flag.online", forms)
          && !lexicon.has("keyword.chat", forms)
          && !lexicon.has("keyword.mail", forms)) {
        categories.remove(HOTLINE);
      }
    }
    if (forFamily && categories.contains(FAMILY)) {
      categories.removeAll(EnumSet.of(LEARNING, IBASHO, PEER));
    }
    if (categories.contains(LEARNING) && categories.contains(CONSULTATION) && family) {
      categories.add(FAMILY);
    }
    if (broad) {
      categories.addAll(EnumSet.of(CONSULTATION, IBASHO, PEER, FAMILY, OUTREACH));
    }
    Set<Category> related = EnumSet.noneOf(Category.class);
    for (Category category : categories) {
      related.addAll(RELATED.get(category));
    }
    if (broad) {
      related.addAll(EnumSet.of(MEDICAL, HOTLINE, LEARNING, EMPLOYMENT));
    }
    related.removeAll(categories);

    Audience audience =
        family || forFamily || (categories.contains(FAMILY) && !self && !broad)
            ? Audience.FAMILY
            : supporter ? Audience.SUPPORTER : self || selfOnly(categories) ? Audience.SELF : null;
    // A relative asking for a place the person goes to themselves (姉が過ごせる場所, 夫が働ける所) is
    // asking for that person's services, as a parent asking for the child's is.
    boolean forRelative = family && !categories.contains(FAMILY) && selfOnly(categories);
    if ((broad && !family && !self && !supporter)
        || forChild
        || forRelative
        || (onBehalf && audience != Audience.FAMILY)) {
      audience = null;
    }

    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    Set<Flag> hard = EnumSet.noneOf(Flag.class);
    for (Flag flag : Flag.values()) {
      // A time of day or week counts where it is asked for, not where the story tells it
      // (「部屋から出てくるのも夜中だけ」 is no wish for an evening group).
      boolean time = flag == Flag.EVENING || flag == Flag.WEEKEND;
      String key = "flag." + flag.code();
      boolean named =
          time
              ? asked(key, forms, sentences) || wishedTime(key, sentences)
              : lexicon.has(key, forms);
      if (named) {
        flags.add(flag);
      }
    }
    if (lexicon.has("flag.online.negated", forms)) {
      flags.remove(Flag.ONLINE);
      flags.add(Flag.IN_PERSON);
    }
    for (Flag flag : List.of(Flag.WOMEN_ONLY, Flag.ONLINE)) {
      if (flags.remove(flag)) {
        hard.add(flag);
      }
    }
    for (Flag flag : List.of(Flag.EVENING, Flag.IN_PERSON)) {
      if (lexicon.has("flag." + flag.code() + ".hard", forms) && flags.remove(flag)) {
        hard.add(flag);
      }
    }
    if (hard.contains(Flag.ONLINE)) {
      flags.remove(Flag.IN_PERSON);
    }
    if (hard.contains(Flag.WOMEN_ONLY)) {
      groups.add("women");
    }

    List<List<String>> keywords = new ArrayList<>();
    List<String> notKeywords = new ArrayList<>();
    if (askedAbout("keyword.8050", sentences)) {
      keywords.add(List.of("8050"));
    }
    if (lexicon.has("keyword.class", forms) && categories.contains(FAMILY)) {
      keywords.add(List.of("家族教室", "講座", "セミナー"));
    }
    boolean wantsGroup = categories.contains(FAMILY) && lexicon.has("wants.group", forms);
    if (groups.contains("sibling") && wantsGroup) {
      keywords.add(List.of("きょうだい", "兄弟"));
    }
    // Parents of a child who does not go to school (不登校, 学校に行けない): a 不登校 family service fits
    // best; a child's age or school year alone (高2) says nothing about school.
    if (groups.contains("school")
        && categories.contains(FAMILY)
        && lexicon.has("category.learning", forms)) {
      keywords.add(List.of("不登校"));
    }
    for (Map.Entry<String, List<String>> named : NAMED_KINDS.entrySet()) {
      if (lexicon.has(named.getKey(), forms)) {
        keywords.add(named.getValue());
      }
    }
    boolean phone = asked("keyword.phone", forms, sentences);
    if (lexicon.has("keyword.not_phone", forms)) {
      notKeywords.add("電話");
      phone = false;
    }
    List<String> channels = new ArrayList<>();
    if (phone) {
      channels.add("電話");
    }
    if (asked("keyword.chat", forms, sentences)) {
      channels.addAll(List.of("チャット", "line", "sns"));
    }
    if (asked("keyword.mail", forms, sentences)) {
      channels.add("メール");
    }
    if (!channels.isEmpty()) {
      keywords.add(channels);
      if (!phone) {
        hard.add(Flag.ONLINE);
        flags.remove(Flag.IN_PERSON);
      }
    }

    return new Question(
        text,
        place.town(),
        place.prefecture(),
        place.roles(),
        notMyTown,
        lexicon.has("place.nearby", forms),
        request.latitude(),
        request.longitude(),
        categories,
        related,
        audience,
        flags,
        hard,
        keywords,
        notKeywords,
        ages.read(text, family),
        groups,
        wantsGroup,
        broad);
  }

  /**
   * A keyword that names what is asked for, not only part of the story: it shares a sentence with a
   * kind of help (「8050問題 相談」, not 「8050問題というのを知って心配になりました」).
   */
  private boolean askedAbout(String key, List<String[]> sentences) {
    for (String[] sentence : sentences) {
      if (lexicon.has(key, sentence[0])) {
        for (Category category : Category.values()) {
          if (lexicon.has("category." + category.code(), sentence[0], sentence[1])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A channel (電話, LINE, メール) wanted, not only part of the story: in a text of several sentences,
   * named in a sentence that asks or names a kind of help other than the channel itself
   * (「LINEで相談できるところ」, not 「LINEはたまに返ってくる」).
   */
  private boolean asked(String key, String[] forms, List<String[]> sentences) {
    if (!lexicon.has(key, forms)) {
      return false;
    }
    if (sentences.size() < 2) {
      return true;
    }
    for (String[] sentenceForms : sentences) {
      if (lexicon.has(key, sentenceForms)
          && (lexicon.has("request", sentenceForms)
              || lexicon.has("channel.wish", sentenceForms)
              || kinds(sentenceForms).stream().anyMatch(c -> c != HOTLINE))) {
        return true;
      }
    }
    return false;
  }

  /** A time named in a sentence that says when the place should be open (土日もやってるところ). */
  private boolean wishedTime(String key, List<String[]> sentences) {
    for (String[] sentence : sentences) {
      if (lexicon.has(key, sentence) && lexicon.has("wants.time", sentence)) {
        return true;
      }
    }
    return false;
  }

  private String[] blanked(String key, String[] forms) {
    String[] out = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      out[i] = lexicon.blank(key, forms[i]);
    }
    return out;
  }

  /** The text's sentences, each in its three forms (as written, hiragana, romaji read as kana). */
  private static List<String[]> sentences(String text) {
    List<String[]> out = new ArrayList<>();
    for (String sentence : text.split("[。！？!?\\n]")) {
      String folded = Readings.hiragana(sentence);
      out.add(new String[] {sentence, folded, Readings.romajiToHiragana(folded)});
    }
    return out;
  }

  /**
   * The kinds of help asked for. In a story of several sentences, the kinds named in the sentences
   * that ask (ありますか, 教えて, 探して, 行きたい …) are what is wanted; the rest is the story (「就職に失敗して」 in a
   * parent's question about a consultation), except school, which describes the child the services
   * must fit. When no sentence asks, every kind named counts.
   */
  private Set<Category> kindsAskedFor(String[] forms, List<String[]> sentences) {
    Set<Category> all = kinds(forms);
    if (sentences.size() < 2 || all.size() < 2) {
      return all;
    }
    Set<Category> asked = EnumSet.noneOf(Category.class);
    for (String[] sentenceForms : sentences) {
      if (lexicon.has("request", sentenceForms)) {
        asked.addAll(kinds(sentenceForms));
      }
    }
    if (asked.isEmpty()) {
      return all;
    }
    // A child's school situation (不登校) is not only story: it decides which services fit.
    if (all.contains(LEARNING)) {
      asked.add(LEARNING);
    }
    return asked;
  }

  /** The kinds named, leaving out one turned down (カウンセリングみたいなのは正直しんどい). */
  private Set<Category> kinds(String... forms) {
    String[] wanted = blanked("category.declined", forms);
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (Category category : Category.values()) {
      if (lexicon.has("category." + category.code(), wanted)) {
        categories.add(category);
      }
    }
    return categories;
  }

  /** Truncated, normalised, without control characters or unpaired surrogates. */
  static String clean(String raw) {
    String cut = raw.length() > MAX_TEXT ? raw.substring(0, MAX_TEXT) : raw;
    StringBuilder out = new StringBuilder(cut.length());
    cut.codePoints()
        .map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? ' ' : c)
        .forEach(out::appendCodePoint);
    return Readings.normalize(out.toString());
  }

  private static boolean selfOnly(Set<Category> categories) {
    return !categories.isEmpty() && EnumSet.of(IBASHO, PEER, EMPLOYMENT).containsAll(categories);
  }
}
