package jp.junction.bot.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.vocabulary.Category;

/**
 * A deterministic synthetic resources.csv of any size for the speed benchmark: fictional names,
 * spread over all municipalities with coordinates; about 89% local, 10% prefecture-wide, 1%
 * national. Not meant to be searched for quality.
 */
final class SyntheticCorpus {

  private static final String HEADER =
      "id,name,name_kana,category,audience,coverage,prefecture,municipality,address,lat,lon,"
          + "phone,url,hours,online,anonymous_ok,reservation_required,women_only,fee,age,"
          + "description,keywords,updated";

  /** In the order earlier corpora drew from, so that a seed still gives the same file. */
  private static final Category[] CATEGORIES = {
    Category.CONSULTATION,
    Category.IBASHO,
    Category.PEER,
    Category.FAMILY,
    Category.EMPLOYMENT,
    Category.MEDICAL,
    Category.HOTLINE,
    Category.OUTREACH,
    Category.LEARNING
  };

  private static final String[] KINDS = {
    "ひきこもり相談窓口", "若者の居場所", "当事者会", "家族会", "サポートステーション", "こころの相談室",
    "電話相談", "訪問支援", "不登校の親の会", "フリースペース", "家族教室", "女子会"
  };
  private static final String[] SENTENCES = {
    "ひきこもりの本人やご家族の相談に応じます。",
    "同じ経験をした仲間と、ゆるく話せる場所です。",
    "予約なしで立ち寄れます。",
    "オンラインでも参加できます。",
    "匿名での相談も受け付けています。",
    "働くことに不安がある方の相談、職場体験を行っています。",
    "不登校の子どもの保護者が集まる会です。",
    "夜間や土日も開いています。",
    "看護師や心理士が話を聞きます。",
    "月に一度、例会を開いています。"
  };
  private static final String[] HOURS = {
    "月〜金 9:00-17:00", "毎週土 13:00-17:00", "第2日 14:00-16:00", "火・木 18:00-21:00", "24時間"
  };
  private static final String[] AGES = {"", "", "", "15〜49歳", "18歳以上", "小・中学生と保護者"};

  private SyntheticCorpus() {}

  static int command(Map<String, String> options, PrintStream out) throws IOException {
    int size = Integer.parseInt(SearchCommand.required(options, "size"));
    Path dir = Path.of(SearchCommand.required(options, "out"));
    long seed = Long.parseLong(options.getOrDefault("seed", "20261126"));
    Files.createDirectories(dir);
    write(dir.resolve("resources.csv"), size, seed, Gazetteer.fromClasspath());
    out.println("wrote " + size + " resources to " + dir.resolve("resources.csv"));
    return 0;
  }

  static void write(Path file, int size, long seed, Gazetteer gazetteer) throws IOException {
    List<Municipality> towns =
        gazetteer.municipalities().stream().filter(m -> m.hasCoordinates() && !m.isWard()).toList();
    Random random = new Random(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (int i = 0; i < size; i++) {
        Municipality town = towns.get(random.nextInt(towns.size()));
        int roll = random.nextInt(100);
        String coverage = roll < 89 ? "local" : roll < 99 ? "prefecture" : "national";
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)].code();
        String kind = KINDS[random.nextInt(KINDS.length)];
        String name = (coverage.equals("national") ? "全国" : town.name()) + " " + kind + " " + i;
        double lat = town.lat() + (random.nextDouble() - 0.5) * 0.04;
        double lon = town.lon() + (random.nextDouble() - 0.5) * 0.04;
        boolean national = coverage.equals("national");
        String description =
            SENTENCES[random.nextInt(SENTENCES.length)]
                + SENTENCES[random.nextInt(SENTENCES.length)];
        String[] cells = {
          "s" + i,
          name,
          "",
          category,
          random.nextInt(3) == 0 ? "family" : "self|family",
          coverage,
          national ? "" : town.prefecture(),
          coverage.equals("local") ? town.name() : "",
          national ? "" : town.prefecture() + town.name() + "1-" + (i % 50 + 1),
          national ? "" : String.format("%.6f", lat),
          national ? "" : String.format("%.6f", lon),
          "000-000-" + String.format("%04d", i % 10000),
          "https://example.jp/s/" + i,
          HOURS[random.nextInt(HOURS.length)],
          String.valueOf(random.nextInt(5) == 0),
          String.valueOf(random.nextInt(3) == 0),
          String.valueOf(random.nextInt(3) == 0),
          String.valueOf(random.nextInt(20) == 0),
          random.nextInt(4) == 0 ? "参加費300円" : "無料",
          AGES[random.nextInt(AGES.length)],
          description,
          "ひきこもり|" + kind,
          random.nextInt(30) == 0 ? "2019-05-01" : "2026-0" + (1 + random.nextInt(9)) + "-15"
        };
        w.write(String.join(",", cells));
        w.write('\n');
      }
    }
  }
}
