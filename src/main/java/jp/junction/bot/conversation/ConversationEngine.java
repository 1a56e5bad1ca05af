package jp.junction.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Routes what a person does to dialog nodes and feature actions: follow events to the greeting,
 * typed text to triggers, to what the bot asked last, or to the default action (search), taps to
 * nodes or actions, and anything unknown to a gentle fallback that never dead-ends.
 */
@Component
public class ConversationEngine {

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
  static final int MAX_KEYWORD_TEXT = 25;
  static final String EXPECT = "expect";

  /** The language the person chose or wrote in (see {@link Language}); lasts as the state does. */
  static final String LANGUAGE = "lang";

  private static final int MAX_SHOWN = 3;

  private final DialogContent content;
  private final Map<String, DialogAction> actions;
  private final StateStore states;
  private final ConversationSettings settings;
  private final ApplicationEventPublisher events;
  private final List<TypedTextReader> readers;
  private final List<ConversationHold> holds;
  private final List<LiveWords> live;
  private final EnglishReader english;

  /** The engine with every action bean, whether registered alone or in {@link DialogActions}. */
  @Autowired
  public ConversationEngine(
      DialogContent content,
      ObjectProvider<DialogAction> actions,
      ObjectProvider<DialogActions> groups,
      ObjectProvider<TypedTextReader> readers,
      ObjectProvider<ConversationHold> holds,
      ObjectProvider<LiveWords> live,
      StateStore states,
      ConversationSettings settings,
      ApplicationEventPublisher events) {
    this(
        content,
        Stream.concat(
                actions.orderedStream(), groups.orderedStream().flatMap(g -> g.actions().stream()))
            .toList(),
        readers.orderedStream().toList(),
        holds.orderedStream().toList(),
        live.orderedStream().toList(),
        states,
        settings,
        events);
  }

  ConversationEngine(
      DialogContent content,
      List<DialogAction> actions,
      StateStore states,
      ConversationSettings settings,
      ApplicationEventPublisher events) {
    this(content, actions, List.of(), List.of(), List.of(), states, settings, events);
  }

  ConversationEngine(
      DialogContent content,
      List<DialogAction> actions,
      List<TypedTextReader> readers,
      List<ConversationHold> holds,
      List<LiveWords> live,
      StateStore states,
      ConversationSettings settings,
      ApplicationEventPublisher events) {
    this.content = content;
    this.readers = List.copyOf(readers);
    this.holds = List.copyOf(holds);
    this.live = List.copyOf(live);
    this.actions =
        actions.stream().collect(Collectors.toMap(DialogAction::name, Function.identity()));
    this.states = states;
    this.settings = settings;
    this.events = events;
    this.english =
        new EnglishReader(
            content
                .catalog()
                .lists()
                .getOrDefault(LanguageWords.Lists.ENGLISH_WORDS.key(), List.of()));
    if (content.offers(Language.ENGLISH)) {
      // A message in English turns to English with a note and a way back: those words must exist.
      content.require(
          LanguageWords.SWITCHED, LanguageWords.BACK, LanguageWords.Lists.ENGLISH_WORDS);
    }
    content.loaded().verify(Set.copyOf(this.actions.keySet()));
    requireAction(settings.defaultTextAction());
    requireAction(settings.defaultLocationAction());
  }

  /** Answers one inbound event; an empty list means nothing is sent. */
  public List<OutgoingMessage> handle(Inbound inbound) {
    if (inbound instanceof Inbound.Unfollow unfollow) {
      events.publishEvent(new ConversationEvents.PersonUnfollowed(unfollow.person()));
      return List.of();
    }
    if (inbound instanceof Inbound.Unsend unsend) {
      events.publishEvent(
          new ConversationEvents.MessageUnsent(unsend.person(), unsend.messageId()));
      forgetWhatWasSaid(unsend.person());
      return List.of();
    }
    StateStore.Session session = states.open(inbound.person().pseudonym());
    Optional<Language> said = saidIn(inbound);
    Language kept = said.isPresent() ? said.get() : kept(inbound, session);
    // A message in English turns the conversation to English, unless the person chose a language
    // themselves (「ことば」 or the way back): then 「thank you」 in a Japanese chat stays Japanese.
    boolean toEnglish =
        kept != Language.ENGLISH
            && inbound instanceof Inbound.Text text
            && content.offers(Language.ENGLISH)
            && session.get(LanguageAction.CHOSEN).isEmpty()
            && english.isEnglish(text.text());
    Language language = toEnglish ? Language.ENGLISH : kept == null ? Language.STANDARD : kept;
    List<OutgoingMessage> reply =
        content.speaking(
            language, () -> answer(inbound, session, kept, said.isPresent(), toEnglish));
    states.save(session);
    return reply;
  }

  private List<OutgoingMessage> answer(
      Inbound inbound,
      StateStore.Session session,
      Language kept,
      boolean tapSaidIt,
      boolean toEnglish) {
    List<OutgoingMessage> reply = new ArrayList<>();
    if (toEnglish) {
      reply.add(new OutgoingMessage.Text(content.text(LanguageWords.SWITCHED)));
    }
    for (ConversationHold hold : holds) {
      ConversationHold.Verdict verdict = hold.before(inbound);
      if (verdict instanceof ConversationHold.Verdict.Quiet) {
        return List.of();
      }
      reply.addAll(((ConversationHold.Verdict.Proceed) verdict).note());
    }
    List<OutgoingMessage> routed = route(inbound, session);
    if (toEnglish && routed.size() >= LineLimits.MESSAGES_PER_REQUEST) {
      // The note goes first: the answer keeps all but its last message only if it must.
      routed = routed.subList(0, LineLimits.MESSAGES_PER_REQUEST - 1);
    }
    reply.addAll(routed);
    Language now = content.language();
    // A tap that says its language (its state is written anyway): the state follows it. Otherwise
    // the state changes only when the language did.
    if (tapSaidIt || now != (kept == null ? Language.STANDARD : kept)) {
      if (now == Language.STANDARD) {
        session.remove(LANGUAGE);
      } else {
        session.put(LANGUAGE, now.code());
      }
    }
    List<OutgoingMessage> out = cap(reply);
    return toEnglish && now == Language.ENGLISH ? withWayBack(out) : out;
  }

  /** The language a tap's data says it was said in; empty for anything else or a bare button. */
  private Optional<Language> saidIn(Inbound inbound) {
    return inbound instanceof Inbound.Postback postback
        ? PostbackData.parse(postback.data()).map(PostbackData::language).filter(content::offers)
        : Optional.empty();
  }

  /**
   * The language the conversation state keeps (read only for what says none: a typed message, which
   * reads the state anyway, a location, a bare button from the rich menu or a push); a follow
   * starts in standard Japanese.
   */
  private Language kept(Inbound inbound, StateStore.Session session) {
    if (inbound instanceof Inbound.Follow) {
      return null;
    }
    return session.get(LANGUAGE).flatMap(Language::of).filter(content::offers).orElse(null);
  }

  /** The note's quick reply back to Japanese, on the last message (LINE shows only its chips). */
  private List<OutgoingMessage> withWayBack(List<OutgoingMessage> messages) {
    if (messages.isEmpty()) {
      return messages;
    }
    OutgoingMessage last = messages.get(messages.size() - 1);
    if (last.quickReplies().size() >= LineLimits.QUICK_REPLIES) {
      return messages;
    }
    List<OutgoingMessage.Action> quick = new ArrayList<>(last.quickReplies());
    String label = content.text(LanguageWords.BACK);
    quick.add(
        content.postback(
            label,
            LanguageAction.NAME,
            Map.of(LanguageAction.TO, Language.STANDARD.code()),
            label));
    List<OutgoingMessage> out = new ArrayList<>(messages);
    out.set(out.size() - 1, withQuickReplies(last, quick));
    return out;
  }

  /**
   * The language to answer {@code text} in when nothing about its writer can be read (the crisis
   * answer is made before the store is read): English for a message in English, else standard.
   */
  public Language languageOf(String text) {
    return content.offers(Language.ENGLISH) && english.isEnglish(text)
        ? Language.ENGLISH
        : Language.STANDARD;
  }

  /** As {@link #renderOccasion(Occasion)}, in {@code language}. */
  public List<OutgoingMessage> renderOccasion(Occasion occasion, Language language) {
    return content.speaking(language, () -> renderOccasion(occasion));
  }

  /** Removes every field a step kept from what the person wrote (see DialogAction). */
  private void forgetWhatWasSaid(Person person) {
    StateStore.Session session = states.open(person.pseudonym());
    actions.values().stream()
        .flatMap(a -> a.fieldsFromWhatWasSaid().stream())
        .distinct()
        .forEach(session::remove);
    states.save(session);
  }

  /** Renders a node with no stored state (e.g. the crisis answer when Redis is down). */
  public List<OutgoingMessage> renderOccasion(Occasion occasion) {
    return content
        .catalog()
        .on(occasion)
        .map(node -> cap(sayAndChoices(node, List.of(), false)))
        .orElse(List.of());
  }

  private List<OutgoingMessage> route(Inbound inbound, StateStore.Session session) {
    if (inbound instanceof Inbound.Follow) {
      session.remove(EXPECT);
      return occasion(Occasion.FOLLOW, inbound, session);
    }
    if (inbound instanceof Inbound.Text text) {
      return routeText(text, session);
    }
    if (inbound instanceof Inbound.Postback postback) {
      Optional<PostbackData> data = PostbackData.parse(postback.data());
      if (data.isEmpty() || !known(data.get())) {
        return occasion(Occasion.FALLBACK, inbound, session);
      }
      session.remove(EXPECT);
      if (data.get().node() != null) {
        return render(content.catalog().nodes().get(data.get().node()), inbound, session, 0);
      }
      return runAction(data.get().action(), inbound, data.get().args(), session, 0);
    }
    if (inbound instanceof Inbound.Location) {
      // A location answers "where?" too: keep the words of the question the bot had asked.
      Map<String, String> asked =
          session.get(EXPECT).flatMap(PostbackData::parse).map(PostbackData::args).orElse(Map.of());
      session.remove(EXPECT);
      return runAction(settings.defaultLocationAction(), inbound, asked, session, 0);
    }
    return occasion(Occasion.OTHER, inbound, session);
  }

  private List<OutgoingMessage> routeText(Inbound.Text text, StateStore.Session session) {
    String normalized = TextNormalizer.forMatching(text.text());
    if (normalized.isEmpty()) {
      return occasion(Occasion.FALLBACK, text, session);
    }
    Optional<DialogFile.Node> node = matchTrigger(normalized);
    if (node.isPresent()) {
      return render(node.get(), text, session, 0);
    }
    Optional<String> expected = session.get(EXPECT);
    Optional<DialogFile.Node> act = readAct(text.text(), expected.isPresent());
    if (act.isPresent()) {
      return render(act.get(), text, session, 0);
    }
    if (expected.isPresent()) {
      session.remove(EXPECT);
      Optional<PostbackData> step = PostbackData.parse(expected.get());
      if (step.isPresent()
          && step.get().action() != null
          && actions.containsKey(step.get().action())) {
        return runAction(step.get().action(), text, step.get().args(), session, 0);
      }
    }
    return runAction(settings.defaultTextAction(), text, Map.of(), session, 0);
  }

  private Optional<DialogFile.Node> readAct(String text, boolean expecting) {
    for (TypedTextReader reader : readers) {
      Optional<NodeKey> key = reader.nodeFor(text, expecting);
      if (key.isPresent()) {
        return Optional.of(
            content
                .catalog()
                .node(key.get().key())
                .orElseThrow(() -> new DialogException("nodes." + key.get().key() + ": missing")));
      }
    }
    return Optional.empty();
  }

  private Optional<DialogFile.Node> matchTrigger(String normalized) {
    return content.catalog().triggered(normalized, MAX_KEYWORD_TEXT);
  }

  /** A node's words and quick replies, after what its action answers; {@code depth} as below. */
  private List<OutgoingMessage> render(
      DialogFile.Node node, Inbound inbound, StateStore.Session session, int depth) {
    List<OutgoingMessage> fromAction = List.of();
    if (node.action() != null) {
      fromAction = runAction(node.action(), inbound, node.args(), session, depth);
    }
    if (node.expect() != null) {
      session.put(EXPECT, PostbackData.action(node.expect(), node.args()));
    } else if (node.action() == null) {
      session.remove(EXPECT);
    }
    return sayAndChoices(node, fromAction, true);
  }

  private List<OutgoingMessage> sayAndChoices(
      DialogFile.Node node, List<OutgoingMessage> after, boolean now) {
    List<OutgoingMessage> out = new ArrayList<>();
    node.say().forEach(s -> out.add(new OutgoingMessage.Text(now ? filled(s.strip()) : s.strip())));
    out.addAll(after);
    if (!node.choices().isEmpty() && !out.isEmpty()) {
      Language language = content.saidIn();
      List<OutgoingMessage.Action> quick =
          node.choices().stream().map(c -> Choices.toAction(c, language)).toList();
      OutgoingMessage last = out.remove(out.size() - 1);
      out.add(withQuickReplies(last, quick));
    }
    return out;
  }

  private String filled(String said) {
    String text = said;
    for (LiveWords words : live) {
      text = words.fill(text);
    }
    return text;
  }

  /**
   * Runs an action and turns its result into messages. {@code depth} counts nodes shown by actions
   * within one message, so actions that show each other's nodes cannot loop.
   */
  private List<OutgoingMessage> runAction(
      String name,
      Inbound inbound,
      Map<String, String> args,
      StateStore.Session session,
      int depth) {
    try {
      ActionResult result = actions.get(name).run(new ActionContext(inbound, args, session));
      if (result instanceof ActionResult.Say say && !say.messages().isEmpty()) {
        return say.messages();
      }
      if (result instanceof ActionResult.Show show) {
        return shown(name, show, inbound, session, depth + 1);
      }
      return occasion(Occasion.FALLBACK, inbound, session);
    } catch (RuntimeException e) {
      log.error("Action {} failed for {}: {}", name, inbound.person(), e.toString());
      return occasion(Occasion.UNAVAILABLE, inbound, session);
    }
  }

  private List<OutgoingMessage> shown(
      String action,
      ActionResult.Show show,
      Inbound inbound,
      StateStore.Session session,
      int depth) {
    if (depth > MAX_SHOWN) {
      throw new DialogException("action " + action + ": nodes shown by actions loop");
    }
    DialogFile.Node node =
        content
            .catalog()
            .node(show.node().key())
            .orElseThrow(
                () ->
                    new DialogException(
                        "nodes."
                            + show.node().key()
                            + ": missing (shown by action "
                            + action
                            + ")"));
    List<OutgoingMessage> out = new ArrayList<>(show.first());
    out.addAll(render(node, inbound, session, depth));
    return out;
  }

  /** The occasion's node; for an optional occasion no node is {@code on}, the fallback's. */
  private List<OutgoingMessage> occasion(
      Occasion occasion, Inbound inbound, StateStore.Session session) {
    return content
        .catalog()
        .on(occasion)
        .or(() -> content.catalog().on(Occasion.FALLBACK))
        .map(node -> render(node, inbound, session, 0))
        .orElse(List.of());
  }

  private boolean known(PostbackData data) {
    return data.node() != null
        ? content.catalog().nodes().containsKey(data.node())
        : actions.containsKey(data.action());
  }

  private void requireAction(String name) {
    if (!actions.containsKey(name)) {
      throw new DialogException("junction.conversation: no action '" + name + "' is registered");
    }
  }

  private static OutgoingMessage withQuickReplies(
      OutgoingMessage message, List<OutgoingMessage.Action> quick) {
    if (message instanceof OutgoingMessage.Text text) {
      return new OutgoingMessage.Text(text.text(), quick);
    }
    OutgoingMessage.Cards cards = (OutgoingMessage.Cards) message;
    return new OutgoingMessage.Cards(cards.altText(), cards.cards(), quick);
  }

  private static List<OutgoingMessage> cap(List<OutgoingMessage> messages) {
    return messages.size() <= LineLimits.MESSAGES_PER_REQUEST
        ? messages
        : List.copyOf(messages.subList(0, LineLimits.MESSAGES_PER_REQUEST));
  }
}
