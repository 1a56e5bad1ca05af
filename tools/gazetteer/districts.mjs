// Town areas (町域) of Japan Post's data, mapped to the municipalities of municipalities.csv, and the
// readings of single kanji; both judged with the IPADIC dictionary that kuromoji ships (the same
// dictionary the bot's search analyser uses).
//
// A 町域 name is kept when a person could mean a place by it and it would not misfire in ordinary
// text. The rules, in order (the build prints how many names each one drops):
//   form      Japan Post's notes and odd forms: digits, 、・「」（）〜, 場合, 次に, 番地, 以下, 入会, 地割,
//             一円, を除く, 以外; fewer than 2 or more than 10 characters; only kana (みずき, けやき,
//             ときわ: new-town and facility names that are ordinary words or given names far more
//             often than places); only kanji numerals (十三, 二).
//   place     the spelling of a prefecture or municipality (with or without 都/府/県/市/町/村/区), or
//             of a designated city: the municipality wins (新宿 is 新宿区, 高松 is 高松市).
//   word      IPADIC lists the exact spelling as an ordinary word besides any place entry (中央, 日中,
//             天神, 駅前, 連合: noun, verbal noun, adverb, adjective, verb …) or as a country (日本).
//   person    IPADIC reads the spelling far more readily as a person's name than as a place: its
//             cheapest 人名 entry costs at least PERSON_MARGIN less than its cheapest 地域 entry
//             (渡辺, 田中, 佐藤, 山田: 「渡辺です」 introduces someone). Names nearly as likely places
//             stay (梅田, 難波, 和田, 三宮).
//   compound  the spelling is not one dictionary entry and every piece of it is an ordinary noun
//             (流通センター, 工業団地, 中央南).
//   stop      a short reviewed list (STOP below): names of areas wider than one prefecture that are
//             also a 町域 somewhere (関東 in 福岡県, 山陽 in 山口県): a person saying 関東 means the whole
//             region, never that 町域. Regional names within one prefecture (東毛, 尾張, 道東) are in
//             index-data/regions.tsv, which the bot lets win over a 町域 of the same spelling.
// Before the rules, a 町域 ending in 町 also gives its name without the 町 (保谷 for 保谷町; see addStems).
// A kept name gets a kana reading when IPADIC knows it as a place with exactly one reading of at
// least 3 kana that is not itself an ordinary word and that kuromoji reads as nouns only (難波
// なんば; not 今須 います, which reads as い + ます); otherwise it is matched as written.

const ORDINARY_POS = /^(名詞,(一般|サ変接続|形容動詞語幹|副詞可能|数|代名詞|非自立|ナイ形容詞語幹|動詞非自立的|接続詞的|引用文字列)|名詞,固有名詞,地域,国|動詞|形容詞|副詞|連体詞|接続詞|感動詞|助詞|助動詞|接頭詞|記号|フィラー)/;
const COMMON_PIECE = /^名詞,(一般|サ変接続|形容動詞語幹|副詞可能|数),/;
const ODD_FORM = /[0-9０-９、・「」（）()〜～]|場合|次に|番地|以下|入会|地割|一円|を除く|以外/;
const KANA_ONLY = /^[\u3041-\u309f\u30a0-\u30ffー]+$/;
const NUMERALS_ONLY = /^[一二三四五六七八九十百千万々]+$/;
// Reviewed: wide-area names (地方, old provinces across prefectures) that are also a 町域 somewhere.
const STOP = new Set(['関東', '山陽', '出羽']);
const MAX_LENGTH = 10;
const MAX_STEM_TOWNS = 2;
const FORMER_TOWN_AREA = /^([\u4e00-\u9fff々]{2,})町(?!$)(.+)$/;
const MIN_FORMER_AREAS = 3;
const KANJI_ONLY = /^[\u4e00-\u9fff々]+$/;
const PERSON_MARGIN = 2000;

function toHiragana(katakana) {
  return katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

// All dictionary entries (as CSV feature strings) whose surface is exactly `word`.
function entries(tokenizer, word) {
  const id = tokenizer.viterbi_builder.trie.lookup(word);
  if (id < 0) return [];
  const ids = tokenizer.token_info_dictionary.target_map[id] ?? [];
  return ids.map((i) => tokenizer.token_info_dictionary.getFeatures(i).split(','));
}

function isOrdinaryWord(tokenizer, word) {
  return entries(tokenizer, word).some((f) => ORDINARY_POS.test(f.slice(1, 4).join(',')));
}

// IPADIC word costs (lower = more usual) of the cheapest entry of each kind for `word`. The cost is
// read from kuromoji 0.1.2's dictionary buffer (left id, right id, cost, …), pinned in package.json.
function cheapest(tokenizer, word, kind) {
  const id = tokenizer.viterbi_builder.trie.lookup(word);
  if (id < 0) return Infinity;
  const dict = tokenizer.token_info_dictionary;
  let best = Infinity;
  for (const i of dict.target_map[id] ?? []) {
    const f = dict.getFeatures(i).split(',');
    if (f[2] === '固有名詞' && f[3] === kind) best = Math.min(best, dict.dictionary.getShort(i + 4));
  }
  return best;
}

function isMostlyPersonName(tokenizer, word) {
  const person = cheapest(tokenizer, word, '人名');
  return person !== Infinity && person + PERSON_MARGIN <= cheapest(tokenizer, word, '地域');
}

function placeReading(tokenizer, word) {
  const readings = new Set(entries(tokenizer, word)
    .filter((f) => f[1] === '名詞' && f[2] === '固有名詞' && f[3] === '地域' && /^[\u30a1-\u30f6ー]+$/.test(f[8] ?? ''))
    .map((f) => toHiragana(f[8])));
  if (readings.size !== 1) return '';
  const reading = [...readings][0];
  if (reading.length < 3 || isOrdinaryWord(tokenizer, reading)) return '';
  // A reading that kuromoji reads as ordinary language (います: い + ます) would misfire in kana text.
  if (tokenizer.tokenize(reading).some((t) => t.pos !== '名詞')) return '';
  return reading;
}

// Spellings by which municipalities.csv already knows a place.
function placeSpellings(rows, prefectures) {
  const spellings = new Set();
  const add = (name) => {
    spellings.add(name);
    if (name.length >= 3 || /[都府県]$/.test(name)) spellings.add(name.slice(0, -1));
  };
  prefectures.forEach((p) => add(p.name));
  rows.forEach((r) => {
    add(r.name);
    if (r.parent) add(r.parent);
  });
  return spellings;
}

// rows: municipalities.csv rows ({code (6 digits), name, parent, prefCode}).
export function buildDistricts(rows, prefectures, tokenizer, oazaByZipcode, zip7Codes, expect) {
  const byCode5 = new Map(rows.map((r) => [r.code.slice(0, 5), r]));
  const places = new Map(); // name -> Set of 6-digit codes
  let unmatched = 0;
  for (const zip of zip7Codes) {
    for (const oaza of oazaByZipcode(zip)) {
      if (!oaza.name) continue;
      const row = byCode5.get(oaza.city.code);
      if (!row) {
        unmatched++;
        continue;
      }
      const name = oaza.name.normalize('NFKC');
      if (!places.has(name)) places.set(name, new Set());
      places.get(name).add(row.code);
    }
  }
  expect(unmatched === 0, `districts: ${unmatched} 町域 rows name a municipality code that is not in municipalities.csv`);
  const stems = addStems(places);
  const known = placeSpellings(rows, prefectures);
  const dropped = { form: 0, place: 0, word: 0, person: 0, compound: 0, stop: 0 };
  const kept = [];
  for (const [name, codes] of places) {
    let reason = null;
    if (name.length < 2 || name.length > MAX_LENGTH || ODD_FORM.test(name) || KANA_ONLY.test(name) || NUMERALS_ONLY.test(name)) {
      reason = 'form';
    } else if (known.has(name)) {
      reason = 'place';
    } else if (isOrdinaryWord(tokenizer, name)) {
      reason = 'word';
    } else if (isMostlyPersonName(tokenizer, name)) {
      reason = 'person';
    } else if (entries(tokenizer, name).length === 0
      && tokenizer.tokenize(name).every((t) => COMMON_PIECE.test(`${t.pos},${t.pos_detail_1},`))) {
      reason = 'compound';
    } else if (STOP.has(name)) {
      reason = 'stop';
    }
    if (reason) {
      dropped[reason]++;
      continue;
    }
    kept.push({ name, kana: placeReading(tokenizer, name), codes: [...codes].sort() });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { districts: kept, dropped, total: places.size, stems };
}

// A 町域 said without its 町, as people and station names say it (保谷 for 保谷町, 大泉学園 for 大泉学園町,
// 新前橋 for 新前橋町): the kanji before the 町 (2 or more) of a 町 in at most MAX_STEM_TOWNS
// municipalities (中央町, 本町 and the like are in many), when no 町域 has the shorter name already.
// The shorter names are added to `places` and judged by the same rules as the others. Returns how
// many were added.
function addStems(places) {
  addFormerTowns(places);
  const stems = new Map();
  for (const [name, codes] of places) {
    if (name.length < 3 || !name.endsWith('町') || codes.size > MAX_STEM_TOWNS) continue;
    const stem = name.slice(0, -1);
    if (!KANJI_ONLY.test(stem) || places.has(stem)) continue;
    if (!stems.has(stem)) stems.set(stem, new Set());
    codes.forEach((c) => stems.get(stem).add(c));
  }
  let added = 0;
  for (const [stem, codes] of stems) {
    if (codes.size <= MAX_STEM_TOWNS) {
      places.set(stem, codes);
      added++;
    }
  }
  return added;
}

// A former town merged into a city lives on as the first part of its 大字 (安中市松井田町新堀,
// 松井田町横川 …): a prefix of 2 or more kanji and 町 that starts at least MIN_FORMER_AREAS 町域 of
// one municipality and no other's becomes a 町域 of its own (松井田町, then 松井田 by the stem rule),
// when none has that name already. Added to `places` before the stems.
function addFormerTowns(places) {
  const prefixes = new Map(); // 松井田町 -> {count, codes}
  for (const [name, codes] of places) {
    const m = FORMER_TOWN_AREA.exec(name);
    if (!m) continue;
    const prefix = `${m[1]}町`;
    if (!prefixes.has(prefix)) prefixes.set(prefix, { count: 0, codes: new Set() });
    const entry = prefixes.get(prefix);
    entry.count++;
    codes.forEach((c) => entry.codes.add(c));
  }
  for (const [prefix, { count, codes }] of prefixes) {
    if (count >= MIN_FORMER_AREAS && codes.size === 1 && !places.has(prefix)) {
      places.set(prefix, codes);
    }
  }
}

// Readings (hiragana) of every single kanji IPADIC has as an entry of its own, for "same reading,
// wrong kanji" guesses (高末 read as たかまつ).
export function buildKanjiReadings(tokenizer) {
  const out = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const kanji = String.fromCharCode(c);
    const readings = new Set(entries(tokenizer, kanji)
      .filter((f) => f[1] !== '記号' && /^[\u30a1-\u30f6ー]{1,4}$/.test(f[8] ?? ''))
      .map((f) => toHiragana(f[8])));
    if (readings.size > 0) out.push({ kanji, readings: [...readings].sort() });
  }
  return out;
}
