package jp.junction.bot;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The whole bot for feature tests, without other features' test slices that component scanning
 * would otherwise pick up. Deliberately not annotated as a configuration, so that no scan finds it;
 * tests name it in {@code @SpringBootTest(classes = FeatureTestApp.class)}.
 */
@EnableAutoConfiguration
@ConfigurationPropertiesScan("jp.junction.bot")
@ComponentScan(
    basePackages = "jp.junction.bot",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = {
            ".*Slice",
            ".*Tests(\\$.*)?",
            ".*TestBeans",
            ".*EchoBot",
            ".*JunctionBotApplication"
          })
    })
public class FeatureTestApp {}
