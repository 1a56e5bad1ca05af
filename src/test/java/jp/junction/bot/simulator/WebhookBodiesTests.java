package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.junction.bot.line.ChannelSecret;
import jp.junction.bot.line.LineSettings;
import org.junit.jupiter.api.Test;

class WebhookBodiesTests {

  private static final String USER = "U0123456789abcdef0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

  private final ReplyTokens tokens = new ReplyTokens(100);
  private final WebhookBodies bodies = new WebhookBodies(tokens, Clock.fixed(NOW, ZoneOffset.UTC));
  private final ChannelSecret secret =
      ChannelSecret.from(
          new LineSettings(
              null,
              null,
              "https://api.line.me",
              Duration.ofSeconds(1),
              64,
              java.time.Duration.ofMinutes(1)));
  private final CallbackClient signer =
      new CallbackClient(secret, SimulatorTestSupport.settings(), java.net.URI.create("http://x/"));
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void textEventHasLineShapeAndParsesWithTheSdkAfterSigning() throws Exception {
    WebhookBodies.Body body = bodies.build(event(SimulatedEvent.Type.TEXT, "高松で居場所\n探してます"), USER);

    JsonNode root = json.readTree(body.bytes());
    assertThat(root.get("destination").asText()).matches("U[0-9a-f]{32}");
    JsonNode event = root.get("events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("message");
    assertThat(event.get("mode").asText()).isEqualTo("active");
    assertThat(event.get("timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
    assertThat(event.get("source").get("type").asText()).isEqualTo("user");
    assertThat(event.get("source").get("userId").asText()).isEqualTo(USER);
    assertThat(event.get("webhookEventId").asText()).matches("[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(event.get("deliveryContext").get("isRedelivery").asBoolean()).isFalse();
    assertThat(event.get("replyToken").asText())
        .matches("[0-9a-f]{32}")
        .isEqualTo(body.replyToken());
    JsonNode message = event.get("message");
    assertThat(message.get("id").asText()).matches("[1-9][0-9]{17}");
    assertThat(message.get("quoteToken").asText()).isNotBlank();

    MessageEvent parsed = (MessageEvent) parse(body).events().get(0);
    assertThat(parsed.mode()).isEqualTo(EventMode.ACTIVE);
    assertThat(((UserSource) parsed.source()).userId()).isEqualTo(USER);
    assertThat(((TextMessageContent) parsed.message()).text()).isEqualTo("高松で居場所\n探してます");
    assertThat(parsed.deliveryContext().isRedelivery()).isFalse();
  }

  @Test
  void webhookEventIdStartsWithTheTimestampInCrockfordBase32() throws Exception {
    String id =
        json.readTree(bodies.build(event(SimulatedEvent.Type.FOLLOW, null), USER).bytes())
            .get("events")
            .get(0)
            .get("webhookEventId")
            .asText();
    long millis = 0;
    for (char c : id.substring(0, 10).toCharArray()) {
      millis = millis * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c);
    }
    assertThat(millis).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void everyEventGetsItsOwnEventIdAndReplyToken() {
    WebhookBodies.Body first = bodies.build(event(SimulatedEvent.Type.TEXT, "a"), USER);
    WebhookBodies.Body second = bodies.build(event(SimulatedEvent.Type.TEXT, "a"), USER);
    assertThat(first.replyToken()).isNotEqualTo(second.replyToken());
    assertThat(new String(first.bytes(), StandardCharsets.UTF_8))
        .isNotEqualTo(new String(second.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void replyTokenIsIssuedForTheChatOfTheEvent() {
    WebhookBodies.Body body = bodies.build(event(SimulatedEvent.Type.TEXT, "a"), USER);
    assertThat(tokens.redeem(body.replyToken())).isEqualTo(USER);
  }

  @Test
  void postbackEventCarriesItsData() throws Exception {
    SimulatedEvent tap =
        new SimulatedEvent(
            USER,
            SimulatedEvent.Type.POSTBACK,
            null,
            "menu=places",
            "2026-12-24",
            "居場所",
            null,
            null,
            null,
            null,
            null);
    WebhookBodies.Body body = bodies.build(tap, USER);

    JsonNode event = json.readTree(body.bytes()).get("events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("postback");
    assertThat(event.get("postback").get("data").asText()).isEqualTo("menu=places");
    assertThat(event.has("message")).isFalse();
    PostbackEvent parsed = (PostbackEvent) parse(body).events().get(0);
    assertThat(parsed.postback().data()).isEqualTo("menu=places");
    assertThat(parsed.postback().params()).containsEntry("date", "2026-12-24");
    assertThat(parsed.replyToken()).isEqualTo(body.replyToken());
  }

  @Test
  void locationEventIsALocationMessage() throws Exception {
    SimulatedEvent place =
        new SimulatedEvent(
            USER,
            SimulatedEvent.Type.LOCATION,
            null,
            null,
            null,
            null,
            34.3505,
            134.0467,
            "高松駅",
            "香川県高松市浜ノ町",
            null);
    WebhookBodies.Body body = bodies.build(place, USER);

    JsonNode message = json.readTree(body.bytes()).get("events").get(0).get("message");
    assertThat(message.get("type").asText()).isEqualTo("location");
    assertThat(message.has("quoteToken")).isFalse();
    LocationMessageContent parsed =
        (LocationMessageContent) ((MessageEvent) parse(body).events().get(0)).message();
    assertThat(parsed.title()).isEqualTo("高松駅");
    assertThat(parsed.address()).isEqualTo("香川県高松市浜ノ町");
    assertThat(parsed.latitude()).isEqualTo(34.3505);
    assertThat(parsed.longitude()).isEqualTo(134.0467);
  }

  @Test
  void followEventSaysWhetherItIsAnUnblock() throws Exception {
    SimulatedEvent unblock =
        new SimulatedEvent(
            USER, SimulatedEvent.Type.FOLLOW, null, null, null, null, null, null, null, null, true);
    FollowEvent first =
        (FollowEvent)
            parse(bodies.build(event(SimulatedEvent.Type.FOLLOW, null), USER)).events().get(0);
    FollowEvent again = (FollowEvent) parse(bodies.build(unblock, USER)).events().get(0);
    assertThat(first.follow().isUnblocked()).isFalse();
    assertThat(again.follow().isUnblocked()).isTrue();
    assertThat(first.replyToken()).matches("[0-9a-f]{32}");
  }

  @Test
  void unfollowEventHasNoReplyToken() throws Exception {
    WebhookBodies.Body body = bodies.build(event(SimulatedEvent.Type.UNFOLLOW, null), USER);

    assertThat(body.replyToken()).isNull();
    assertThat(json.readTree(body.bytes()).get("events").get(0).has("replyToken")).isFalse();
    assertThat(parse(body).events().get(0)).isInstanceOf(UnfollowEvent.class);
  }

  @Test
  void signatureIsRejectedForAnAlteredBody() {
    WebhookBodies.Body body = bodies.build(event(SimulatedEvent.Type.TEXT, "a"), USER);
    LineSignatureValidator validator =
        new LineSignatureValidator(secret.value().getBytes(StandardCharsets.UTF_8));
    byte[] altered = body.bytes().clone();
    altered[altered.length - 3] ^= 1;

    assertThat(validator.validateSignature(body.bytes(), signer.sign(body.bytes()))).isTrue();
    assertThat(validator.validateSignature(altered, signer.sign(body.bytes()))).isFalse();
  }

  private CallbackRequest parse(WebhookBodies.Body body) throws Exception {
    WebhookParser parser =
        new WebhookParser(
            new LineSignatureValidator(secret.value().getBytes(StandardCharsets.UTF_8)));
    return parser.handle(signer.sign(body.bytes()), body.bytes());
  }

  private static SimulatedEvent event(SimulatedEvent.Type type, String text) {
    return new SimulatedEvent(USER, type, text, null, null, null, null, null, null, null, null);
  }
}
