package jp.junction.bot.safety;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.DialogException;
import jp.junction.bot.conversation.Language;
import jp.junction.bot.conversation.LiveWords;
import jp.junction.bot.hours.OpenNotes;
import jp.junction.bot.hours.OpeningHours;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The phone and chat lines of {@code dialogs/crisis.yml} ({@code lists.crisis_lines_*}, each 「line
 * ｜ hours」), read and checked once at startup, said where a node writes {@code {lines.phone}} or
 * {@code {lines.chat}}: the lines open now first (around-the-clock lines always), then those
 * without hours, then the closed ones with when they open, soonest first. If anything goes wrong at
 * answer time, the lines are said in their written order without marks: never fewer lines.
 */
@Component
class CrisisLines implements LiveWords {

  private static final Logger log = LoggerFactory.getLogger(CrisisLines.class);
  private static final String SEPARATOR = "｜";

  /** A line as written and its hours (null when it names none). */
  record Line(String text, OpeningHours hours) {}

  private final Map<LineWords.Lists, List<Line>> lines = new EnumMap<>(LineWords.Lists.class);
  private final DialogContent words;
  private final OpenNotes notes;
  private final Clock clock;

  CrisisLines(DialogContent words, Clock clock) {
    words.require(LineWords.Texts.values());
    words.require(LineWords.Lists.values());
    this.words = words;
    this.notes = new OpenNotes(words);
    this.clock = clock;
    List<String> problems = new ArrayList<>();
    for (LineWords.Lists list : LineWords.Lists.values()) {
      lines.put(list, read(list, words.list(list), problems));
    }
    if (!problems.isEmpty()) {
      throw new DialogException(
          "dialogs/crisis.yml: lines with hours that cannot be read:\n  - "
              + String.join("\n  - ", problems));
    }
  }

  private static List<Line> read(
      LineWords.Lists list, List<String> entries, List<String> problems) {
    List<Line> read = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i).replace('|', '｜');
      int at = entry.lastIndexOf(SEPARATOR);
      if (at < 0) {
        read.add(new Line(entry.strip(), null));
        continue;
      }
      String text = entry.substring(0, at).strip();
      OpeningHours hours = OpeningHours.parse(entry.substring(at + 1));
      if (text.isEmpty() || !hours.isReadable()) {
        problems.add(
            "lists."
                + list.key()
                + "["
                + i
                + "] '"
                + entries.get(i)
                + "': "
                + (text.isEmpty()
                    ? "no line before ｜"
                    : "the hours '"
                        + hours.text()
                        + "' cannot be read (write them as 「24時間」「毎日 10:00-22:00」"
                        + "「月・木 24時間 火〜日 6:00-翌0:00」, or leave out ｜ and the hours)"));
        continue;
      }
      read.add(new Line(text, hours));
    }
    return List.copyOf(read);
  }

  @Override
  public String fill(String said) {
    if (!said.contains("{lines.")) {
      return said;
    }
    try {
      return fill(said, JapanTime.of(clock.instant()));
    } catch (RuntimeException e) {
      log.error("Crisis lines could not be ordered by the hour, said as written: {}", e.toString());
      return written(said);
    }
  }

  /** {@code said} with the lines open at {@code now} first and the closed ones marked. */
  String fill(String said, ZonedDateTime now) {
    String text = said;
    for (LineWords.Lists list : LineWords.Lists.values()) {
      if (text.contains(list.placeholder())) {
        text = text.replace(list.placeholder(), block(lines.get(list), now));
      }
    }
    return text;
  }

  /** {@code said} with the lines in their written order, marking only the 24-hour ones. */
  String written(String said) {
    String text = said;
    for (LineWords.Lists list : LineWords.Lists.values()) {
      List<String> out = new ArrayList<>();
      for (Line line : lines.get(list)) {
        out.add(
            words.text(
                line.hours() != null && line.hours().isAlwaysOpen()
                    ? LineWords.Texts.ALWAYS
                    : LineWords.Texts.PLAIN,
                Map.of("line", line.text())));
      }
      text = text.replace(list.placeholder(), String.join("\n", out));
    }
    return text;
  }

  /** The messages with every line placeholder filled for now (or, failing that, as written). */
  /** As {@link #now(List)}, with the marks (open now, opens at) in {@code language}. */
  List<OutgoingMessage> now(List<OutgoingMessage> messages, Language language) {
    return words.speaking(language, () -> now(messages));
  }

  List<OutgoingMessage> now(List<OutgoingMessage> messages) {
    List<OutgoingMessage> out = new ArrayList<>(messages.size());
    for (OutgoingMessage message : messages) {
      out.add(
          message instanceof OutgoingMessage.Text t
              ? new OutgoingMessage.Text(fill(t.text()), t.quickReplies())
              : message);
    }
    return out;
  }

  /** Says every line of {@code messages} once for now, letting any failure stop startup. */
  void check(List<OutgoingMessage> messages) {
    ZonedDateTime now = JapanTime.of(clock.instant());
    for (OutgoingMessage message : messages) {
      if (message instanceof OutgoingMessage.Text t) {
        fill(t.text(), now);
      }
    }
  }

  private String block(List<Line> list, ZonedDateTime now) {
    record Said(int rank, ZonedDateTime opens, int order, String text) {}
    List<Said> said = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Line line = list.get(i);
      Map<String, String> line1 = Map.of("line", line.text());
      if (line.hours() == null) {
        said.add(new Said(2, null, i, words.text(LineWords.Texts.PLAIN, line1)));
      } else if (line.hours().isAlwaysOpen()) {
        said.add(new Said(0, null, i, words.text(LineWords.Texts.ALWAYS, line1)));
      } else if (line.hours().isOpenAt(now)) {
        said.add(new Said(1, null, i, words.text(LineWords.Texts.OPEN, line1)));
      } else {
        Optional<ZonedDateTime> opens = line.hours().nextOpening(now);
        Optional<String> when = notes.opens(line.hours(), now);
        said.add(
            when.isPresent()
                ? new Said(
                    3,
                    opens.orElse(null),
                    i,
                    words.text(
                        LineWords.Texts.CLOSED, Map.of("line", line.text(), "next", when.get())))
                : new Said(2, null, i, words.text(LineWords.Texts.PLAIN, line1)));
      }
    }
    said.sort(
        Comparator.comparingInt(Said::rank)
            .thenComparing(Said::opens, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Said::order));
    return String.join("\n", said.stream().map(Said::text).toList());
  }
}
