package jp.junction.bot.simulator;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.junction.bot.line.ChannelSecret;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the bot's real webhook in simulator tests: it checks the signature and parses the
 * body with the LINE SDK, exactly as the real one must, and echoes each event through the {@link
 * LineGateway}, so a test sees the whole loop without depending on the dialog engine.
 */
@TestComponent
@RestController
class EchoBot {

  private final WebhookParser parser;
  private final LineGateway gateway;

  EchoBot(ChannelSecret secret, LineGateway gateway) {
    this.parser =
        new WebhookParser(
            new LineSignatureValidator(secret.value().getBytes(StandardCharsets.UTF_8)));
    this.gateway = gateway;
  }

  @PostMapping("/callback")
  ResponseEntity<Void> callback(
      @RequestHeader(value = "X-Line-Signature", required = false) String signature,
      @RequestBody byte[] body)
      throws IOException {
    try {
      parser.handle(signature, body).events().forEach(this::answer);
      return ResponseEntity.ok().build();
    } catch (WebhookParseException e) {
      return ResponseEntity.badRequest().build();
    }
  }

  private void answer(Event event) {
    if (event instanceof FollowEvent follow) {
      gateway.reply(
          follow.replyToken(),
          List.of(
              new OutgoingMessage.Text(
                  "ようこそ\nゆっくりどうぞ",
                  List.of(
                      new Action.Postback("はい", "answer=yes", "はい、おねがいします"),
                      new Action.Message("ヘルプ", "ヘルプ"),
                      new Action.Location("位置情報")))));
    } else if (event instanceof PostbackEvent postback) {
      gateway.reply(
          postback.replyToken(),
          List.of(new OutgoingMessage.Text("postback: " + postback.postback().data())));
    } else if (event instanceof MessageEvent message
        && message.message() instanceof TextMessageContent text) {
      gateway.reply(message.replyToken(), List.of(textAnswer(text.text())));
    } else if (event instanceof MessageEvent message
        && message.message() instanceof LocationMessageContent location) {
      gateway.reply(
          message.replyToken(), List.of(new OutgoingMessage.Text("location: " + location.title())));
    }
  }

  private static OutgoingMessage textAnswer(String text) {
    if (!text.equals("cards")) {
      return new OutgoingMessage.Text("echo: " + text);
    }
    OutgoingMessage.Card card =
        new OutgoingMessage.Card(
            "地域の居場所",
            "居場所・高松市",
            List.of("毎週水曜 14:00-16:00"),
            List.of("予約不要"),
            "2026-11 確認",
            List.of(new Action.Postback("詳しく", "place=1", "詳しく")));
    return new OutgoingMessage.Cards("候補", List.of(card, card), List.of());
  }
}
