package jp.junction.bot.simulator;

import java.time.Clock;
import java.time.Duration;
import jp.junction.bot.line.ChannelSecret;
import jp.junction.bot.line.LineGateway;
import jp.junction.bot.line.LineModeConditions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Local mode only: the capturing {@link LineGateway}, the simulator's parts, and the chat page at
 * {@code /} (its files live in {@code classpath:/simulator/}, outside {@code static/}, so a bot
 * with a real LINE channel serves no chat page at all).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LineModeConditions.Local.class)
class SimulatorConfiguration implements WebMvcConfigurer {

  @Bean
  Transcripts simulatorTranscripts(SimulatorSettings settings, ObjectProvider<Clock> clock) {
    return new Transcripts(settings, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  ReplyTokens simulatorReplyTokens(SimulatorSettings settings) {
    return new ReplyTokens(settings.replyTokens());
  }

  @Bean
  LineGateway localLineGateway(Transcripts transcripts, ReplyTokens replyTokens) {
    return new LocalLineGateway(transcripts, replyTokens);
  }

  @Bean
  WebhookBodies simulatorWebhookBodies(ReplyTokens replyTokens, ObjectProvider<Clock> clock) {
    return new WebhookBodies(replyTokens, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  CallbackClient simulatorCallbackClient(
      ChannelSecret secret, SimulatorSettings settings, Environment environment) {
    return new CallbackClient(secret, settings, environment);
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/simulator/assets/**")
        .addResourceLocations("classpath:/simulator/")
        .setCacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate());
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/simulator/assets/index.html");
  }
}
