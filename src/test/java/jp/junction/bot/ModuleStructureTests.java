package jp.junction.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features talk only through each other's public types, and never in a cycle; the module diagram in
 * {@code docs/modules/} is written from the same model each time the tests run, so it stays current
 * (commit it when it changes).
 */
class ModuleStructureTests {

  static final Path DOCS = Path.of("docs", "modules");
  static final ApplicationModules MODULES = ApplicationModules.of(JunctionBotApplication.class);

  @Test
  void featuresDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
    MODULES.verify();
  }

  @Test
  void theModuleDiagramInDocsShowsEveryFeatureAndWhatItUses() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(DOCS)) {
      for (Path file : files.toList()) {
        Files.write(file, inStableOrder(Files.readAllLines(file)));
      }
    }

    String all = Files.readString(DOCS.resolve("components.puml"));
    for (ApplicationModule module : MODULES) {
      assertThat(all).as("the whole diagram").contains(module.getDisplayName());
      Path own = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
      assertThat(own).as("the diagram of " + module.getIdentifier()).exists();
      for (ApplicationModule used :
          module.getDirectDependencies(MODULES).uniqueModules().toList()) {
        assertThat(Files.readString(own))
            .as(module.getIdentifier() + " uses " + used.getIdentifier())
            .contains(used.getDisplayName());
      }
    }
  }

  /**
   * The diagram's lines with each run of elements or relations sorted, so that the committed file
   * changes only when the modules or their dependencies do (the Documenter's order varies).
   */
  static List<String> inStableOrder(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String kind = null;
    for (String line : lines) {
      String lineKind =
          line.strip().startsWith("Rel(")
              ? "Rel"
              : line.strip().startsWith("Component(") ? "Component" : null;
      if (!Objects.equals(lineKind, kind)) {
        run.sort(null);
        out.addAll(run);
        run.clear();
        kind = lineKind;
      }
      (lineKind == null ? out : run).add(line);
    }
    run.sort(null);
    out.addAll(run);
    return out;
  }
}
