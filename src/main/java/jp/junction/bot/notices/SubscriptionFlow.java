package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The 「お知らせ」 taps: pick a prefecture, then a town or the whole prefecture (or type a name; online
 * events are a choice of their own), add more areas, then say for whom. Areas picked so far wait in
 * the short-lived conversation state; nothing is stored until the last tap.
 */
@Component
class SubscriptionFlow {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionFlow.class);
  static final String PENDING = "notices.pending";
  private static final int MAX_TOWNS = 10;

  /** The "for everyone" choice, next to one per audience. */
  private static final String ALL = "all";

  private final Subscriptions subscriptions;
  private final Events events;
  private final Areas areas;
  private final DialogContent content;
  private final QuietHours quietHours;

  SubscriptionFlow(
      Subscriptions subscriptions,
      Events events,
      Areas areas,
      DialogContent content,
      NoticesSettings settings) {
    this.quietHours = new QuietHours(settings);
    content.require(NoticeTexts.values());
    content.require(NoticeNodes.values());
    this.subscriptions = subscriptions;
    this.events = events;
    this.areas = areas;
    this.content = content;
  }

  /** Runs a step, saying kindly that it cannot be done now when the store is unavailable. */
  List<OutgoingMessage> guarded(
      ActionContext c, Function<ActionContext, List<OutgoingMessage>> step) {
    if (!c.state().available()) {
      return say(NoticeTexts.UNAVAILABLE);
    }
    try {
      return step.apply(c);
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Subscriptions unavailable for {}: {}", c.person(), e.getClass().getSimpleName());
      return say(NoticeTexts.UNAVAILABLE);
    }
  }

  List<OutgoingMessage> start(ActionContext c) {
    List<Action> quick = new ArrayList<>();
    eventPrefectures()
        .forEach(p -> quick.add(content.postback(p, "notices.pref", Map.of("p", p), p)));
    quick.add(
        content.postback(
            content.text(NoticeTexts.ONLINE),
            "notices.add",
            Map.of("k", Subscriptions.ONLINE),
            content.text(NoticeTexts.ONLINE)));
    quick.add(content.gotoNode(content.text(NoticeTexts.TYPE_LABEL), NoticeNodes.TYPE_AREA));
    if (!pending(c).isEmpty()) {
      quick.add(
          content.postback(
              content.text(NoticeTexts.NEXT),
              "notices.who",
              Map.of(),
              content.text(NoticeTexts.NEXT)));
    }
    return List.of(new OutgoingMessage.Text(content.text(NoticeTexts.ASK_AREA), quick));
  }

  List<OutgoingMessage> prefecture(ActionContext c) {
    return towns(c.arg("p"));
  }

  List<OutgoingMessage> typed(ActionContext c) {
    List<Areas.Area> named = areas.mentioned(c.text() == null ? "" : c.text());
    if (named.isEmpty()) {
      return List.of(
          new OutgoingMessage.Text(
              content.text(NoticeTexts.NOT_UNDERSTOOD),
              List.of(
                  content.gotoNode(content.text(NoticeTexts.TYPE_LABEL), NoticeNodes.TYPE_AREA),
                  content.postback(
                      content.text(NoticeTexts.BACK),
                      "notices.start",
                      Map.of(),
                      content.text(NoticeTexts.BACK)))));
    }
    Areas.Area first = named.get(0);
    return first.wholePrefecture()
        ? towns(first.prefecture())
        : add(c, Subscriptions.areaKey(first));
  }

  List<OutgoingMessage> add(ActionContext c) {
    return add(c, c.arg("k"));
  }

  List<OutgoingMessage> who(ActionContext c) {
    if (pending(c).isEmpty()) {
      return start(c);
    }
    List<Action> quick = new ArrayList<>();
    List<String> choices = new ArrayList<>();
    for (Audience a : Audience.values()) {
      choices.add(a.code());
    }
    choices.add(ALL);
    for (String w : choices) {
      String label = content.text(NoticeTexts.who(audience(w)));
      quick.add(content.postback(label, "notices.save", Map.of("w", w), label));
    }
    return List.of(new OutgoingMessage.Text(content.text(NoticeTexts.ASK_WHO), quick));
  }

  List<OutgoingMessage> save(ActionContext c) {
    Set<String> pending = pending(c);
    if (pending.isEmpty()) {
      return start(c);
    }
    Set<Audience> audience = audience(c.arg("w"));
    subscriptions.subscribe(c.person().lineUserId(), List.copyOf(pending), audience);
    c.state().remove(PENDING);
    String who = content.text(NoticeTexts.who(audience));
    return List.of(
        new OutgoingMessage.Text(
            content.text(
                NoticeTexts.SAVED,
                Map.of(
                    "areas",
                    labels(pending),
                    "who",
                    who,
                    "quiet_from",
                    clock(quietHours.start()),
                    "quiet_until",
                    clock(quietHours.end())))));
  }

  /** A time of day as the promise about quiet hours says it: 「22時」, 「7時30分」. */
  private String clock(java.time.LocalTime time) {
    return time.getMinute() == 0
        ? content.text(NoticeTexts.HOUR, Map.of("hour", time.getHour()))
        : content.text(
            NoticeTexts.HOUR_MINUTE, Map.of("hour", time.getHour(), "minute", time.getMinute()));
  }

  List<OutgoingMessage> list(ActionContext c) {
    Subscriptions.Choice choice = subscriptions.choice(c.person().lineUserId());
    if (choice.empty()) {
      return List.of(
          new OutgoingMessage.Text(
              content.text(NoticeTexts.NONE),
              List.of(
                  content.postback(
                      content.text(NoticeTexts.START_LABEL),
                      "notices.start",
                      Map.of(),
                      content.text(NoticeTexts.START_LABEL)))));
    }
    List<Action> quick = new ArrayList<>();
    for (String key : choice.areaKeys().subList(0, Math.min(11, choice.areaKeys().size()))) {
      String label = fit(content.text(NoticeTexts.STOP_LABEL, Map.of("area", label(key))));
      quick.add(content.postback(label, "notices.stop", Map.of("k", key), label));
    }
    quick.add(
        content.postback(
            content.text(NoticeTexts.STOP_ALL),
            "notices.stop",
            Map.of("k", "*"),
            content.text(NoticeTexts.STOP_ALL)));
    String who = content.text(NoticeTexts.who(choice.audience()));
    return List.of(
        new OutgoingMessage.Text(
            content.text(
                NoticeTexts.CURRENT, Map.of("areas", labels(choice.areaKeys()), "who", who)),
            quick));
  }

  List<OutgoingMessage> stop(ActionContext c) {
    String key = c.arg("k");
    String user = c.person().lineUserId();
    if ("*".equals(key)) {
      subscriptions.stopAll(user);
      return say(NoticeTexts.STOPPED_ALL);
    }
    boolean stopped = key != null && subscriptions.stop(user, key);
    return stopped
        ? List.of(
            new OutgoingMessage.Text(content.text(NoticeTexts.STOPPED, Map.of("area", label(key)))))
        : list(c);
  }

  /** The audience a "for whom" choice stands for: one by its code, else ({@code all}) everyone. */
  private static Set<Audience> audience(String choice) {
    return Coded.find(Audience.class, choice)
        .map(EnumSet::of)
        .orElseGet(() -> EnumSet.allOf(Audience.class));
  }

  private List<OutgoingMessage> towns(String prefecture) {
    if (prefecture == null || areas.prefecture(prefecture).isEmpty()) {
      return say(NoticeTexts.NOT_UNDERSTOOD);
    }
    List<Action> quick = new ArrayList<>();
    String whole = fit(content.text(NoticeTexts.WHOLE, Map.of("prefecture", prefecture)));
    quick.add(content.postback(whole, "notices.add", Map.of("k", prefecture + "/"), whole));
    events.all().stream()
        .filter(e -> e.prefecture().equals(prefecture) && !e.municipality().isEmpty())
        .map(Event::municipality)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .limit(MAX_TOWNS)
        .forEach(
            m ->
                quick.add(
                    content.postback(fit(m), "notices.add", Map.of("k", prefecture + "/" + m), m)));
    quick.add(content.gotoNode(content.text(NoticeTexts.TYPE_TOWN), NoticeNodes.TYPE_AREA));
    return List.of(
        new OutgoingMessage.Text(
            content.text(NoticeTexts.ASK_TOWN, Map.of("prefecture", prefecture)), quick));
  }

  private List<OutgoingMessage> add(ActionContext c, String key) {
    if (key == null
        || !(Subscriptions.ONLINE.equals(key) || areas.exists(Subscriptions.area(key)))) {
      return say(NoticeTexts.NOT_UNDERSTOOD);
    }
    Set<String> pending = pending(c);
    pending.add(key);
    c.state().put(PENDING, String.join("\n", pending));
    List<Action> quick =
        List.of(
            content.postback(
                content.text(NoticeTexts.NEXT),
                "notices.who",
                Map.of(),
                content.text(NoticeTexts.NEXT)),
            content.postback(
                content.text(NoticeTexts.MORE),
                "notices.start",
                Map.of(),
                content.text(NoticeTexts.MORE)));
    return List.of(
        new OutgoingMessage.Text(
            content.text(NoticeTexts.ADDED, Map.of("areas", labels(pending))), quick));
  }

  private Set<String> pending(ActionContext c) {
    Set<String> out = new LinkedHashSet<>();
    c.state().get(PENDING).ifPresent(v -> out.addAll(List.of(v.split("\n"))));
    out.remove("");
    return out;
  }

  private List<String> eventPrefectures() {
    return events.all().stream()
        .map(Event::prefecture)
        .filter(p -> !Event.NATIONAL.equals(p))
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .limit(MAX_TOWNS)
        .toList();
  }

  String label(String key) {
    if (Subscriptions.ONLINE.equals(key)) {
      return content.text(NoticeTexts.ONLINE);
    }
    Areas.Area area = Subscriptions.area(key);
    return area.wholePrefecture()
        ? content.text(NoticeTexts.WHOLE, Map.of("prefecture", area.prefecture()))
        : area.label();
  }

  private String labels(Iterable<String> keys) {
    List<String> out = new ArrayList<>();
    keys.forEach(k -> out.add(label(k)));
    return String.join(content.text(NoticeTexts.SEPARATOR), out);
  }

  private List<OutgoingMessage> say(NoticeTexts key) {
    return List.of(new OutgoingMessage.Text(content.text(key)));
  }

  private static String fit(String label) {
    return label.codePointCount(0, label.length()) <= LineLimits.QUICK_REPLY_LABEL
        ? label
        : label.substring(0, label.offsetByCodePoints(0, LineLimits.QUICK_REPLY_LABEL));
  }
}
