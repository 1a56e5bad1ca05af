package jp.junction.bot.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.junction.bot.line.ChannelSecret;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebMvcTest(SimulatorController.class)
class SimulatorControllerTests {

  @RegisterExtension
  static WireMockExtension callback =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Each test talks in its own chat: the application context and its transcripts are shared. */
  private final String user = "U" + java.util.UUID.randomUUID().toString().replace("-", "");

  @Autowired MockMvc mvc;
  @Autowired ChannelSecret secret;
  @Autowired Transcripts transcripts;
  @Autowired ReplyTokens replyTokens;
  @Autowired LineGateway gateway;

  @BeforeEach
  void callbackAcknowledges() {
    callback.stubFor(post("/callback").willReturn(aResponse().withStatus(200)));
  }

  @Test
  void textEventIsPostedToCallbackSignedAndInLineShape() throws Exception {
    mvc.perform(postEvent("{\"userId\":\"" + user + "\",\"type\":\"text\",\"text\":\"こんにちは\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value(user))
        .andExpect(jsonPath("$.callbackStatus").value(200));

    LoggedRequest received = callback.findAll(postRequestedFor(urlEqualTo("/callback"))).get(0);
    byte[] body = received.getBody();
    String signature = received.getHeader("X-Line-Signature");
    WebhookParser parser =
        new WebhookParser(
            new LineSignatureValidator(secret.value().getBytes(StandardCharsets.UTF_8)));
    MessageEvent event = (MessageEvent) parser.handle(signature, body).events().get(0);
    assertThat(((UserSource) event.source()).userId()).isEqualTo(user);
    assertThat(((TextMessageContent) event.message()).text()).isEqualTo("こんにちは");
    assertThat(replyTokens.redeem(event.replyToken())).isEqualTo(user);
    assertThat(transcripts.after(user, -1))
        .extracting(entry -> entry.from() + ":" + entry.message().text())
        .containsExactly("user:こんにちは");
  }

  @Test
  void eventWithoutUserIdStartsANewChat() throws Exception {
    String response =
        mvc.perform(postEvent("{\"type\":\"follow\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(response).containsPattern("\"userId\":\"U[0-9a-f]{32}\"");
  }

  @Test
  void invalidEventIsRefusedAndNothingIsPosted() throws Exception {
    mvc.perform(postEvent("{\"userId\":\"" + user + "\",\"type\":\"text\",\"text\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("text must have 1 to 5000 characters"));
    mvc.perform(postEvent("{\"userId\":\"someone\",\"type\":\"follow\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            postEvent(
                "{\"userId\":\""
                    + user
                    + "\",\"type\":\"location\",\"latitude\":91,"
                    + "\"longitude\":0}"))
        .andExpect(status().isBadRequest());

    assertThat(callback.findAll(postRequestedFor(urlEqualTo("/callback")))).isEmpty();
  }

  @Test
  void callbackRefusalIsReportedAndNotedInTheChat() throws Exception {
    callback.stubFor(post("/callback").willReturn(aResponse().withStatus(400)));

    mvc.perform(postEvent("{\"userId\":\"" + user + "\",\"type\":\"postback\",\"data\":\"a=b\"}"))
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.callbackStatus").value(400));

    assertThat(transcripts.after(user, -1))
        .extracting(entry -> entry.from() + ":" + entry.message().kind())
        .containsExactly("user:postback", "system:problem");
  }

  @Test
  void messagesAfterAnIndexAreReturnedWithKinds() throws Exception {
    transcripts.append(user, "user", null, ChatMessage.text("はじめまして"));
    gateway.reply(
        replyTokens.issue(user),
        List.of(
            new OutgoingMessage.Text(
                "ようこそ\n二行目",
                List.of(
                    new Action.Postback("居場所", "menu=places", "居場所をさがす"),
                    new Action.Message("ヘルプ", "ヘルプ"),
                    new Action.Uri("サイト", "https://example.org/"),
                    new Action.Location("位置情報"))),
            new OutgoingMessage.Cards(
                "候補",
                List.of(
                    new OutgoingMessage.Card(
                        "家族会",
                        "家族会・前橋市",
                        List.of("月1回"),
                        List.of("家族"),
                        "確認済み",
                        List.of(new Action.Postback("詳しく", "p=1", null)))),
                List.of())));

    mvc.perform(get("/simulator/messages").param("userId", user).param("after", "0"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.session").isNotEmpty())
        .andExpect(jsonPath("$.entries.length()").value(2))
        .andExpect(jsonPath("$.entries[0].index").value(1))
        .andExpect(jsonPath("$.entries[0].from").value("bot"))
        .andExpect(jsonPath("$.entries[0].via").value("reply"))
        .andExpect(jsonPath("$.entries[0].message.kind").value("text"))
        .andExpect(jsonPath("$.entries[0].message.text").value("ようこそ\n二行目"))
        .andExpect(jsonPath("$.entries[0].message.quickReplies[0].kind").value("postback"))
        .andExpect(jsonPath("$.entries[0].message.quickReplies[0].data").value("menu=places"))
        .andExpect(jsonPath("$.entries[0].message.quickReplies[0].displayText").value("居場所をさがす"))
        .andExpect(jsonPath("$.entries[0].message.quickReplies[1].kind").value("message"))
        .andExpect(
            jsonPath("$.entries[0].message.quickReplies[2].uri").value("https://example.org/"))
        .andExpect(jsonPath("$.entries[0].message.quickReplies[3].kind").value("location"))
        .andExpect(jsonPath("$.entries[1].message.kind").value("cards"))
        .andExpect(jsonPath("$.entries[1].message.cards[0].title").value("家族会"))
        .andExpect(jsonPath("$.entries[1].message.cards[0].buttons[0].label").value("詳しく"));

    mvc.perform(get("/simulator/messages").param("userId", user).param("after", "2"))
        .andExpect(jsonPath("$.entries.length()").value(0));
  }

  @Test
  void chatPageIsServedAtTheRootUnderTheStrictPolicy() throws Exception {
    mvc.perform(get("/")).andExpect(forwardedUrl("/simulator/assets/index.html"));

    String html =
        mvc.perform(get("/simulator/assets/index.html"))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("Junction Bot（ローカル）", "/simulator/assets/chat.js");
    assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
    mvc.perform(get("/simulator/assets/chat.js")).andExpect(status().isOk());
    mvc.perform(get("/simulator/assets/chat.css")).andExpect(status().isOk());
  }

  private static MockHttpServletRequestBuilder postEvent(String json) {
    return MockMvcRequestBuilders.post("/simulator/events")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  @TestConfiguration(proxyBeanMethods = false)
  @Import(SimulatorTestBeans.class)
  static class Beans {

    @Bean
    @Primary
    CallbackClient callbackToWireMock(ChannelSecret secret, SimulatorSettings settings) {
      return new CallbackClient(secret, settings, URI.create(callback.baseUrl() + "/callback"));
    }
  }
}
