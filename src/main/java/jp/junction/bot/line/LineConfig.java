package jp.junction.bot.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Builds the LINE client from {@link LineSettings}; the SDK's wire logger stays off. */
@Configuration
class LineConfig {

  @Bean
  ChannelSecret channelSecret(LineSettings settings) {
    return ChannelSecret.from(settings);
  }

  @Bean
  @Conditional(LineModeConditions.Channel.class)
  LineGateway sdkLineGateway(MessagingApiClient lineClient, ChannelToken token) {
    return new SdkLineGateway(lineClient, new SdkMessages(), token);
  }

  @Bean
  @Conditional(LineModeConditions.Channel.class)
  TokenCheck tokenCheck(MessagingApiClient lineClient, ChannelToken token, LineSettings settings) {
    return new TokenCheck(lineClient, token, settings.tokenCheck());
  }

  @Bean
  @Conditional(LineModeConditions.Channel.class)
  MessagingApiClient lineClient(LineSettings settings) {
    return MessagingApiClient.builder(settings.channelToken())
        .apiEndPoint(settings.apiRoot())
        .usingDefaultLogger(false)
        .connectTimeout(settings.timeout())
        .readTimeout(settings.timeout())
        .writeTimeout(settings.timeout())
        .maxRequests(settings.concurrentRequests())
        .maxRequestsPerHost(settings.concurrentRequests())
        .build();
  }
}
