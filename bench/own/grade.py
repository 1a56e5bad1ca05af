#!/usr/bin/env python3
"""Grades bench/own/criteria-own.json against the benchmark corpus and writes qrels-own.txt.

A re-implementation of the written grading rules in ../shared/bench/README.md ("Grading rules"),
not the benchmark's own script (which is not shipped): base grades, hard and soft flags, places and
exclusions, age, special groups, residents only, another town's own services, groups rather than
classes, meets-in-the-home-town, condition first and the staleness cap. Standard library only.

    python3 bench/own/grade.py ../shared/bench/resources.csv [criteria.json] > bench/own/qrels-own.txt
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', '..', 'shared', 'bench'))


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))


def text(r):
    return r['name'] + ' ' + r['description'] + ' ' + r['keywords']


def flag_ok(r, f):
    if f.startswith('!'):
        return not flag_ok(r, f[1:])
    if f.startswith('kw:'):
        t = text(r).lower()
        return any(k.lower() in t for k in f[3:].split(','))
    h = r['hours']
    if f == 'women_only': return r['women_only'] == 'true'
    if f == 'online': return r['online'] == 'true'
    if f == 'anonymous_ok': return r['anonymous_ok'] == 'true'
    if f == 'no_reservation': return r['reservation_required'] != 'true'
    if f == 'free': return r['fee'].startswith('無料')
    if f == 'in_person': return bool(r['address']) or 'outreach' in r['category']
    if f == 'evening':
        if '24時間' in h: return True
        for a, b in re.findall(r'(\d{1,2}):\d\d\s*[-〜~]\s*(\d{1,2}):\d\d', h):
            if int(b) >= 19 or int(b) < int(a): return True
        return False
    if f == 'weekend':
        return bool(re.search(r'[土日](?!以内)', h.replace('平日', '').replace('相談日', ''))) or '毎日' in h or '年中無休' in h
    raise ValueError(f)


STAGES = [('小・中学生', 6, 15), ('小中学生', 6, 15), ('小学生〜高校生', 6, 18), ('中学生〜29歳', 12, 29), ('中高生', 12, 18),
          ('中学生・高校生', 12, 18), ('高校生まで', 0, 18), ('小学生', 6, 12), ('中学生', 12, 15), ('高校生', 15, 18)]


def age_range(a):
    a = a.translate(str.maketrans('０１２３４５６７８９', '0123456789'))
    m = re.search(r'(\d+)\s*[〜~-]\s*(\d+)歳', a)
    if m: return int(m[1]), int(m[2])
    m = re.search(r'(\d+)歳以上', a)
    if m: return int(m[1]), 200
    m = re.search(r'(\d+)歳未満', a)
    if m: return 0, int(m[1]) - 1
    m = re.search(r'(\d+)歳まで', a)
    if m: return 0, int(m[1])
    for s, lo, hi in STAGES:
        if s in a: return lo, hi
    return None


def groups_of(r):
    g, t = set(), r['description'] + r['keywords']
    if r['women_only'] == 'true': g.add('women')
    if '男' in r['name'] or '男性' in t: g.add('men')
    if 'LGBTQ' in text(r) or '性のあり方' in text(r): g.add('lgbtq')
    if 'きょうだい' in r['name'] or '兄弟' in r['name']: g.add('sibling')
    ar = age_range(r['age'])
    if (ar and ar[1] <= 18) or ('不登校' in text(r) and 'ひきこもり' not in text(r)): g.add('school')
    return g


def matches(r, spec, loc):
    cov = r['coverage']
    if cov == 'national': return bool(spec.get('national'))
    if r['prefecture'] in spec.get('any_in_prefectures', []): return True
    if cov == 'prefecture' and r['prefecture'] in spec.get('prefectures', []): return True
    if cov == 'local' and r['prefecture'] + '/' + r['municipality'] in spec.get('municipalities', []): return True
    rad = spec.get('radius_km')
    return bool(rad and loc and r['lat'] and km(loc['lat'], loc['lon'], float(r['lat']), float(r['lon'])) <= rad)


def own_service(r):
    if r['coverage'] != 'local': return False
    cats = set(r['category'].split('|'))
    if 'outreach' in cats: return True
    t = text(r)
    town = r['municipality']
    return bool(cats & {'consultation', 'medical', 'learning'}) and (
        r['name'].startswith(town) or r['name'].startswith(town[:-1])
        or any(w in t for w in ['市の', '区の', '町の', '市役所', '役場', '保健所', '保健センター', '保健相談所']))


def grade(r, c):
    cats, aud = set(r['category'].split('|')), set(r['audience'].split('|'))
    want_aud = c['audience'][0]
    if want_aud == 'any':
        if not aud & {'self', 'family'}: return 0
    elif want_aud not in aud: return 0
    if not all(flag_ok(r, f) for f in c['hard_flags']): return 0
    key = r['prefecture'] + '/' + r['municipality']
    nmt = bool(c['exclude_municipalities'])
    if r['coverage'] == 'local' and key in c['exclude_municipalities']: return 0
    loc = c.get('location')
    lvl = 2 if matches(r, c['grade2_places'], loc) else 1 if matches(r, c['grade1_places'], loc) else 0
    home = c.get('home') or ''
    # promotions: meets in the home town; condition first
    if lvl == 1 and r['coverage'] == 'prefecture' and '/' in home and re.search(r'(例会|会場)', r['description']) \
            and home.split('/')[1][:-1] in r['description']:
        lvl = 2
    named = c['grade2_places']['municipalities'] or c['grade2_places'].get('radius_km')
    cond = c.get('condition_first', bool(c['flags'] or c['hard_flags']) and not named)
    soft = all(flag_ok(r, f) for f in c['flags'])
    wanted = bool(cats & set(c['categories']))
    related = bool(cats & set(c['related_categories']))
    if cond and lvl == 1 and r['coverage'] in ('national', 'prefecture') and wanted and soft:
        lvl = 2
    if lvl == 2 and wanted and soft: g = 2
    elif lvl == 2 and (related or wanted): g = 1
    elif lvl == 1 and wanted: g = 1
    elif lvl == 1 and related and r['coverage'] in ('national', 'prefecture'): g = 1
    else: return 0
    qa = c.get('age')
    ar = age_range(r['age'])
    if qa and ar:
        hi = qa[1] if qa[1] is not None else 200
        if hi < ar[0] or qa[0] > ar[1]: return 0
    rg, qg = groups_of(r), set(c['groups'])
    if 'men' in qg and 'women' in rg: return 0
    if 'women' in qg and 'men' in rg: return 0
    if rg - qg: g = min(g, 1)
    if '8050' in r['name'] and ((qa and qa[1] is not None and qa[1] < 40) or 'school' in qg): g = min(g, 1)
    if r['coverage'] == 'prefecture' and home and not home.startswith(r['prefecture']): return 0
    if r['coverage'] == 'local' and re.search(r'在住|市内の[^。]*向け', r['description']) and home != key: return 0
    if own_service(r) and '/' in home and home != key:
        if nmt and lvl == 2: g = min(g, 1)
        else: return 0
    if c.get('wants_group') and 'family' in cats and re.search(r'教室|講座|セミナー|センター|相談', r['name']): g = min(g, 1)
    if r['updated'] and r['updated'] < '2022-01-01': g = min(g, 1)
    return g


def main():
    res = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
    crit = json.load(open(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'criteria-own.json'), encoding='utf-8'))
    for qid, c in crit.items():
        if qid.startswith('_'): continue
        gs = [(r['id'], grade(r, c)) for r in res]
        if not any(g == 2 for _, g in gs):
            print('no grade-2 resource for ' + qid, file=sys.stderr)
        for rid, g in gs:
            if g: print('%s 0 %s %d' % (qid, rid, g))


main()
