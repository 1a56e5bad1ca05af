#!/usr/bin/env python3
"""Writes queries-own.tsv and criteria-own.json: 30 questions written by h-search before any change
to the search (2026-12-02), in the kinds the hidden set stresses, judged by the benchmark's written
rules. Neighbour lists follow the dev sets' conventions for the same home towns."""
import json

NB = {
    '香川県/高松市': ['香川県/坂出市'], '香川県/丸亀市': ['香川県/まんのう町', '香川県/善通寺市', '香川県/坂出市', '香川県/多度津町'],
    '香川県/坂出市': ['香川県/丸亀市', '香川県/高松市'], '香川県/善通寺市': ['香川県/まんのう町', '香川県/丸亀市', '香川県/坂出市', '香川県/多度津町'],
    '群馬県/前橋市': ['群馬県/高崎市'], '群馬県/高崎市': ['群馬県/前橋市', '群馬県/安中市', '群馬県/富岡市'],
    '群馬県/安中市': ['群馬県/前橋市', '群馬県/富岡市', '群馬県/高崎市'], '群馬県/富岡市': ['群馬県/安中市', '群馬県/高崎市'],
    '東京都/西東京市': ['埼玉県/新座市', '東京都/小平市', '東京都/東久留米市', '東京都/練馬区'],
    '東京都/清瀬市': ['埼玉県/所沢市', '埼玉県/新座市', '東京都/小平市', '東京都/東村山市', '東京都/練馬区', '東京都/西東京市'],
    '東京都/東村山市': ['埼玉県/所沢市', '東京都/小平市', '東京都/東久留米市', '東京都/清瀬市'],
    '東京都/練馬区': ['埼玉県/新座市', '東京都/東久留米市', '東京都/西東京市'],
    '東京都/小平市': ['東京都/東久留米市', '東京都/東村山市', '東京都/西東京市'],
    '東京都/東久留米市': ['埼玉県/新座市', '東京都/小平市', '東京都/東村山市', '東京都/清瀬市', '東京都/練馬区', '東京都/西東京市'],
    '大阪府/岸和田市': ['大阪府/泉佐野市', '大阪府/熊取町'], '大阪府/泉佐野市': ['大阪府/岸和田市', '大阪府/泉南市', '大阪府/熊取町', '大阪府/阪南市'],
    '和歌山県/和歌山市': ['大阪府/岬町', '大阪府/阪南市'],
}
REL = {'ibasho': ['peer', 'learning'], 'peer': ['ibasho', 'learning'], 'family': ['consultation'],
       'consultation': ['hotline', 'outreach', 'medical'], 'employment': ['consultation'],
       'learning': ['ibasho', 'family', 'consultation'], 'hotline': ['consultation', 'outreach', 'medical'],
       'medical': ['consultation', 'hotline', 'outreach']}


def q(typ, text, cats, aud='any', flags=(), hard=(), home=None, g2=None, g1=None, excl=(), loc=None,
      age=None, groups=(), group=False, pref_g2=False, national2=False, **extra):
    pref = home.split('/')[0] if home else None
    rel = sorted({x for c in cats for x in REL.get(c, [])} - set(cats))
    town = home if home and '/' in home else None
    if excl:
        g2m = g2 if g2 is not None else [n for n in NB[excl[0]]]
        g2p = {'municipalities': g2m, 'prefectures': [pref], 'any_in_prefectures': [], 'national': national2, 'radius_km': None}
        g1p = {'municipalities': g1 or [], 'prefectures': [], 'any_in_prefectures': [], 'national': True, 'radius_km': None}
    elif loc:
        g2p = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': False, 'radius_km': loc[2]}
        g1p = {'municipalities': [], 'prefectures': [loc[3]], 'any_in_prefectures': [], 'national': False, 'radius_km': 15.0}
    elif town:
        g2p = {'municipalities': g2 if g2 is not None else [town], 'prefectures': [pref] if pref_g2 else [],
               'any_in_prefectures': [], 'national': national2, 'radius_km': None}
        g1p = {'municipalities': g1 if g1 is not None else NB.get(town, []), 'prefectures': [] if pref_g2 else [pref],
               'any_in_prefectures': [], 'national': not national2, 'radius_km': None}
    elif pref:
        g2p = {'municipalities': g2 or [], 'prefectures': [], 'any_in_prefectures': [] if g2 else [pref], 'national': False, 'radius_km': None}
        g1p = {'municipalities': g1 or [], 'prefectures': [pref] if g2 else [], 'any_in_prefectures': [], 'national': True, 'radius_km': None}
    else:
        g2p = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': True, 'radius_km': None}
        g1p = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': False, 'radius_km': None}
    c = {'set': 'own', 'type': typ, 'text': text, 'categories': cats, 'related_categories': rel, 'audience': [aud],
         'flags': list(flags), 'hard_flags': list(hard), 'grade2_places': g2p, 'grade1_places': g1p,
         'exclude_municipalities': list(excl), 'location': {'lat': loc[0], 'lon': loc[1]} if loc else None,
         'home': home, 'age': age, 'groups': list(groups), 'wants_group': group}
    c.update(extra)
    return c


Q = [
    q('short', '丸亀　当事者の会', ['peer'], 'self', home='香川県/丸亀市'),
    q('short', '前橋で就労支援', ['employment'], 'self', home='群馬県/前橋市', pref_g2=True),
    q('short', '西東京 ひきこもり 相談', ['consultation'], home='東京都/西東京市', pref_g2=True),
    q('kana', 'きよせ いばしょ', ['ibasho'], 'self', home='東京都/清瀬市'),
    q('kana', 'tomioka kazokukai', ['family'], 'family', home='群馬県/富岡市', group=True),
    q('kana', '岸和田 soudan madoguchi', ['consultation'], home='大阪府/岸和田市', pref_g2=True),
    q('not_my_town', '高崎じゃないところで当事者会ないかな', ['peer'], 'self', home='群馬県/高崎市', excl=['群馬県/高崎市']),
    q('not_my_town', '東村山に住んでるけど、市外の居場所がいい', ['ibasho'], 'self', home='東京都/東村山市', excl=['東京都/東村山市']),
    q('not_my_town', '泉佐野以外で家族会ありますか', ['family'], 'family', home='大阪府/泉佐野市', excl=['大阪府/泉佐野市'], group=True),
    q('not_my_town', '練馬区民ですが区外で相談できるところ', ['consultation'], home='東京都/練馬区', excl=['東京都/練馬区']),
    q('not_my_town', '坂出のとなりの市で居場所ありますか', ['ibasho'], 'self', home='香川県/坂出市', excl=['香川県/坂出市']),
    q('not_my_town', '地元の前橋から離れたところで家族会に出たい', ['family'], 'family', home='群馬県/前橋市',
      excl=['群馬県/前橋市'], g2=['群馬県/高崎市', '群馬県/安中市', '群馬県/富岡市'], group=True),
    q('not_my_town', '小平は知り合いが多いから小平じゃなくて、オンラインじゃない居場所', ['ibasho'], 'self', flags=['in_person'],
      home='東京都/小平市', excl=['東京都/小平市']),
    q('not_my_town', '和歌山市に住んでいますが、市内以外で相談できる場所', ['consultation'], home='和歌山県/和歌山市',
      excl=['和歌山県/和歌山市']),
    q('condition', '夜でも電話で話せる相談先', ['consultation', 'hotline'], flags=['evening', 'kw:電話']),
    q('condition', '予約なしで行ける居場所　高松', ['ibasho'], 'self', flags=['no_reservation', 'in_person'], home='香川県/高松市'),
    q('condition', '無料で参加できる女子会 大阪', ['ibasho', 'peer'], 'self', flags=['free'], hard=['women_only'], home='大阪府',
      groups=['women']),
    q('family', '保健師です。東久留米で、ひきこもりの方のご家族が相談できる場所を探しています', ['family', 'consultation'], 'family',
      home='東京都/東久留米市', pref_g2=True),
    q('family', '民生委員をしています。安中市で、引きこもりの息子さんがいるお宅の親御さんに紹介できる家族会はありますか', ['family'], 'family',
      home='群馬県/安中市', age=[18, None], group=True),
    q('family', '中学校の教員です。不登校の生徒の保護者に紹介できる親の会を丸亀で', ['family'], 'family', flags=['kw:不登校'],
      home='香川県/丸亀市', g2=['香川県/丸亀市', '香川県/善通寺市', '香川県/坂出市', '香川県/多度津町', '香川県/まんのう町'], pref_g2=True, groups=['school'], group=True),
    q('family', 'ケアマネとして関わっている家で、50代の息子さんがずっと家にいます。高崎で家族が相談できるところは', ['family', 'consultation'],
      'family', home='群馬県/高崎市', pref_g2=True, age=[50, 59]),
    q('long', '高校を出てから6年ほど家にいます。そろそろ働くことを考えたいけど、何から始めればいいのか分かりません。富岡に住んでます',
      ['employment'], 'self', home='群馬県/富岡市', pref_g2=True, age=[18, None]),
    q('long', '娘が中学2年から学校に行けていません。丸亀でフリースクールのような場所があれば知りたいです', ['learning'], flags=['kw:フリースクール'],
      home='香川県/丸亀市', g2=['香川県/丸亀市', '香川県/善通寺市', '香川県/坂出市', '香川県/高松市'], pref_g2=True, national2=True, age=[13, 14], groups=['school']),
    q('long', '昼間は人目が気になって出られないので、夜に開いている居場所が前橋にあればいいのですが', ['ibasho'], 'self',
      flags=['evening'], home='群馬県/前橋市', g2=['群馬県/前橋市', '群馬県/高崎市'], pref_g2=True, national2=True),
    q('long', '眠れない日が続いていて、病院に行ったほうがいいのか迷っています。高崎市です', ['medical'], 'self', home='群馬県/高崎市'),
    q('hard', '家は坂出で、職場が高松。土曜に寄れる当事者会', ['peer'], 'self', flags=['weekend', 'in_person'], home='香川県',
      g2=['香川県/高松市'], g1=['香川県/坂出市']),
    q('hard', '東村山じゃなくて山形の村山市の家族会', ['family'], 'family', home='山形県/村山市', g1=[], group=True),
    q('location', 'この辺で家族会ありますか', ['family'], 'family', loc=(36.3228, 139.0127, 5.0, '群馬県'), group=True),
    q('location', '歩いていける居場所', ['ibasho'], 'self', flags=['in_person'], loc=(35.7580, 139.5295, 2.0, '東京都')),
    q('not_my_town', '女子会　高松以外', ['ibasho', 'peer'], 'self', hard=['women_only'], home='香川県/高松市',
      excl=['香川県/高松市'], g2=['香川県/坂出市', '香川県/丸亀市', '香川県/善通寺市'], groups=['women'], national2=True),
]

if __name__ == '__main__':
    crit = {'_meta': {'description': 'h-search own 30 questions; graded by bench/own/grade.py'}}
    with open('queries-own.tsv', 'w', encoding='utf-8') as f:
        f.write('qid\ttext\tlat\tlon\n')
        for i, c in enumerate(Q, 1):
            qid = 'o%02d' % i
            crit[qid] = c
            loc = c['location']
            f.write('%s\t%s\t%s\t%s\n' % (qid, c['text'], loc['lat'] if loc else '', loc['lon'] if loc else ''))
    json.dump(crit, open('criteria-own.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
