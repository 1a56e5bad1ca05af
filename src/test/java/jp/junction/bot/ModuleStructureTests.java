package jp.junction.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public types, and never in a cycle. */
class ModuleStructureTests {

  @Test
  void featuresDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
    ApplicationModules.of(JunctionBotApplication.class).verify();
  }
}
