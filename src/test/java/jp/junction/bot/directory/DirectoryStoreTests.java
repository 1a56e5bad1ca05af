package jp.junction.bot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.junction.bot.exchange.DataSettings;
import jp.junction.bot.search.ResourceCells;
import jp.junction.bot.search.SearchResult.Resource;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The directory store on the test Redis (database 11, a prefix of its own): the file seeds an empty
 * store once and never again, every write goes through resources.csv's checks and the audit log,
 * and two instances on the same Redis follow each other's changes, by the channel or, when a
 * message is missed, by the version.
 */
class DirectoryStoreTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("UTC"));
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  Path data;
  DirectorySettings settings;
  LettuceConnectionFactory pubsub;
  DirectorySync one;
  DirectorySync two;

  @BeforeEach
  void data() throws IOException {
    data = Files.createTempDirectory("directory");
    Files.copy(Path.of("index-data/resources.csv"), data.resolve("resources.csv"));
    settings =
        new DirectorySettings(
            true,
            redis.prefix() + "{directory}:",
            Duration.ofMillis(200),
            5,
            Duration.ofDays(730),
            12);
  }

  @AfterEach
  void stop() {
    for (DirectorySync sync : new DirectorySync[] {one, two}) {
      if (sync != null) {
        sync.stop();
      }
    }
    if (pubsub != null) {
      pubsub.destroy();
    }
  }

  DirectoryStore store() {
    return new DirectoryStore(redis.template(), settings, new DataSettings(data), JSON, CLOCK);
  }

  static List<Resource> file(Path csv) {
    return ResourceCells.read(csv, null).resources();
  }

  @Test
  void theFileSeedsAnEmptyStoreOnceAndNeverOverwritesAnEdit() {
    DirectoryStore first = store();
    List<Resource> shipped = file(data.resolve("resources.csv"));

    assertThat(first.seedIfEmpty()).isTrue();
    assertThat(first.all()).extracting(DirectoryEntry::resource).isEqualTo(shipped);
    assertThat(first.all()).allMatch(DirectoryEntry::searchable);

    Resource edited = renamed(shipped.get(0), "（サンプル）名前を直した居場所");
    first.save(edited, "editor-takamatsu");
    long version = first.version();

    assertThat(first.seedIfEmpty()).isFalse();
    assertThat(store().seedIfEmpty()).as("a second instance starting later").isFalse();
    assertThat(first.get(edited.id())).map(e -> e.resource().name()).contains(edited.name());
    assertThat(first.version()).isEqualTo(version);
  }

  @Test
  void everyShippedResourceReadsBackFromTheStoreExactlyAsTheFileGaveIt() throws IOException {
    Files.copy(
        Path.of("src/test/resources/search/fixture-resources.csv"),
        data.resolve("resources.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    DirectoryStore store = store();
    store.seedIfEmpty();
    assertThat(store.all())
        .extracting(DirectoryEntry::resource)
        .containsExactlyElementsOf(file(data.resolve("resources.csv")));
  }

  @Test
  void anImportIsWrittenInStepsWithOneVersionEachAndThisInstanceHearsItOnce() {
    DirectoryStore store = store();
    store.seedIfEmpty();
    long version = store.version();
    java.util.concurrent.atomic.AtomicInteger heard =
        new java.util.concurrent.atomic.AtomicInteger();
    store.onChange(heard::incrementAndGet);
    List<DirectoryEntry> renamed =
        store.all().stream()
            .limit(5)
            .map(
                e ->
                    new DirectoryEntry(
                        renamed(e.resource(), e.resource().name() + " 改"), e.status()))
            .toList();

    assertThat(store.applyInSteps(renamed, "importer", 2)).isEqualTo(5);

    assertThat(store.version()).isEqualTo(version + 3);
    assertThat(heard).hasValue(1);
    assertThat(store.all()).filteredOn(e -> e.resource().name().endsWith(" 改")).hasSize(5);
    assertThat(store.history(renamed.get(4).id()))
        .first()
        .satisfies(c -> assertThat(c.by()).isEqualTo("importer"));
  }

  @Test
  void aChangeIsLoggedWithWhoWhenAndEachFieldsOldAndNewValue() {
    DirectoryStore store = store();
    store.seedIfEmpty();
    Resource r = store.all().get(0).resource();
    store.save(renamed(r, "新しい名前"), "editor-a");
    store.confirm(r.id(), "editor-b");
    store.retire(r.id(), DirectoryEntry.Status.TEMPORARILY_CLOSED, "editor-c");

    List<DirectoryChange> history = store.history(r.id());
    assertThat(history)
        .extracting(DirectoryChange::by)
        .containsExactly("editor-c", "editor-b", "editor-a");
    assertThat(history)
        .extracting(DirectoryChange::action)
        .containsExactly("status", "confirmed", "changed");
    assertThat(history.get(2).fields())
        .containsExactly(new DirectoryChange.Field("name", r.name(), "新しい名前"));
    assertThat(history.get(1).fields())
        .containsExactly(
            new DirectoryChange.Field("updated", r.updated().toString(), "2026-12-02"));
    assertThat(history.get(0).fields())
        .containsExactly(new DirectoryChange.Field("status", "active", "temporarily closed"));
    assertThat(history.get(0).at()).isEqualTo(CLOCK.instant());
    assertThat(redis.template().getExpire(settings.audit(r.id()))).isPositive();
    assertThat(store.get(r.id()).orElseThrow().searchable()).isFalse();
  }

  @Test
  void aResourceTheCsvWouldRefuseIsRefusedAndNothingIsWritten() {
    DirectoryStore store = store();
    store.seedIfEmpty();
    long version = store.version();
    // Built around the checks, as a careless caller could: a local service without its town.
    Resource local = withoutTown(store.all().get(0).resource());

    assertThatThrownBy(() -> store.save(local, "someone"))
        .isInstanceOf(DirectoryStore.Refused.class)
        .hasMessageContaining("municipality");
    assertThat(store.version()).isEqualTo(version);
    assertThat(store.get("new-one")).isEmpty();
  }

  @Test
  void reloadingTheFileRetiresWhatItNoLongerHasAndKeepsItsHistory() {
    DirectoryStore store = store();
    store.seedIfEmpty();
    List<Resource> shipped = file(data.resolve("resources.csv"));
    String gone = shipped.get(1).id();

    int changed =
        store.replaceAll(shipped.stream().filter(r -> !r.id().equals(gone)).toList(), "admin");

    assertThat(changed).isEqualTo(1);
    assertThat(store.get(gone))
        .map(DirectoryEntry::status)
        .contains(DirectoryEntry.Status.INACTIVE);
    assertThat(store.history(gone)).extracting(DirectoryChange::by).containsExactly("admin");
    assertThat(
            store.replaceAll(shipped.stream().filter(r -> !r.id().equals(gone)).toList(), "admin"))
        .as("nothing left to change")
        .isZero();
  }

  @Test
  void aChangeOnOneInstanceReachesTheOtherThroughTheChannelWithinSeconds() {
    settings =
        new DirectorySettings(
            true,
            redis.prefix() + "{directory}:",
            Duration.ofMinutes(10),
            5,
            Duration.ofDays(730),
            12);
    AtomicReference<List<Resource>> seenByTwo = new AtomicReference<>();
    pubsub = connections();
    DirectoryStore storeOne = store();
    DirectoryStore storeTwo = store();
    one = new DirectorySync(storeOne, settings, r -> {}, connections());
    two = new DirectorySync(storeTwo, settings, seenByTwo::set, pubsub);
    assertThat(two.searchable()).isPresent();
    one.searchable();
    one.start();
    two.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribed(two));

    Resource r = storeOne.all().get(0).resource();
    storeOne.save(renamed(r, "チャンネルで届いた名前"), "editor");

    // The periodic check is ten minutes away: only the announcement can bring it this soon.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> seenByTwo.get() != null && names(seenByTwo.get()).contains("チャンネルで届いた名前"));
    assertThat(two.built()).isEqualTo(storeOne.version());

    storeOne.retire(r.id(), DirectoryEntry.Status.DEFUNCT, "editor");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !names(seenByTwo.get()).contains("チャンネルで届いた名前"));
  }

  @Test
  void anInstanceThatMissedTheAnnouncementFindsTheNewVersionByItself() {
    AtomicReference<List<Resource>> seen = new AtomicReference<>();
    DirectoryStore writer = store();
    two = new DirectorySync(store(), settings, seen::set, null);
    two.searchable();
    two.start();
    Resource r = writer.all().get(0).resource();

    writer.save(renamed(r, "版で気づいた名前"), "editor");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> seen.get() != null && names(seen.get()).contains("版で気づいた名前"));
  }

  @Test
  void anInstanceThatStartedWithoutRedisSwitchesToTheStoreWhenItAnswers() {
    DirectoryStore store = store();
    store.seedIfEmpty();
    AtomicReference<List<Resource>> seen = new AtomicReference<>();
    DirectorySync late = new DirectorySync(store, settings, seen::set, null);
    // As if the start-up read had failed: the search was built from the file.
    assertThat(late.built()).isEqualTo(-1);
    assertThat(late.check()).isTrue();
    assertThat(seen.get()).hasSize(store.all().size());
    assertThat(late.check()).as("nothing new").isFalse();
  }

  @Test
  void aStoreThatLostItsDataLeavesTheSearchWithWhatItHadInsteadOfNothing() throws IOException {
    DirectoryStore store = store();
    store.seedIfEmpty();
    AtomicReference<List<Resource>> seen = new AtomicReference<>();
    DirectorySync sync = new DirectorySync(store, settings, seen::set, null);
    assertThat(sync.check()).isTrue();
    List<Resource> before = seen.get();
    assertThat(before).isNotEmpty();

    // As if Redis had restarted without its data, on an instance without resources.csv (with
    // the file, the store is seeded from it again).
    redis.template().delete(redis.template().keys(settings.keyPrefix() + "*"));
    Files.delete(data.resolve("resources.csv"));

    assertThat(sync.check()).as("no rebuild from an empty store").isFalse();
    assertThat(seen.get()).isSameAs(before);
  }

  static boolean subscribed(DirectorySync sync) {
    return sync.subscribed();
  }

  LettuceConnectionFactory connections() {
    RedisStandaloneConfiguration config = new RedisStandaloneConfiguration("127.0.0.1", 6379);
    config.setDatabase(TestRedis.DATABASE);
    LettuceConnectionFactory factory = new LettuceConnectionFactory(config);
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }

  static List<String> names(List<Resource> resources) {
    return resources.stream().map(Resource::name).toList();
  }

  static Resource renamed(Resource r, String name) {
    return new Resource(
        r.id(),
        name,
        r.nameKana(),
        r.categories(),
        r.audience(),
        r.coverage(),
        r.prefecture(),
        r.municipality(),
        r.address(),
        r.lat(),
        r.lon(),
        r.phone(),
        r.url(),
        r.hours(),
        r.online(),
        r.anonymousOk(),
        r.reservationRequired(),
        r.womenOnly(),
        r.fee(),
        r.age(),
        r.description(),
        r.keywords(),
        r.updated());
  }

  static Resource withoutTown(Resource r) {
    return new Resource(
        "new-one",
        r.name(),
        r.nameKana(),
        r.categories(),
        r.audience(),
        "local",
        r.prefecture(),
        "",
        r.address(),
        r.lat(),
        r.lon(),
        r.phone(),
        r.url(),
        r.hours(),
        r.online(),
        r.anonymousOk(),
        r.reservationRequired(),
        r.womenOnly(),
        r.fee(),
        r.age(),
        r.description(),
        r.keywords(),
        r.updated());
  }
}
