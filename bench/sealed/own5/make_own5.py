#!/usr/bin/env python3
"""Writes queries-own5.tsv and criteria-own5.json: 40 fresh search questions (o5-01..o5-40), written
without reading the bot's code, answers or other sealed sets, judged by the benchmark's written rules with
/work/main/bench/own/grade.py. Neighbour lists follow the dev sets' conventions (make_own.py).

    cd /work/main/bench/sealed/own5 && python3 make_own5.py
    python3 ../../own/grade.py /work/shared/bench/resources.csv criteria-own5.json > qrels-own5.txt
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/bench/own')
from make_own import NB, q  # noqa: E402  (helper only)

NB.update({
    '埼玉県/新座市': ['東京都/東久留米市', '東京都/清瀬市', '東京都/練馬区', '東京都/西東京市', '埼玉県/所沢市'],
    '大阪府/泉南市': ['大阪府/阪南市', '大阪府/泉佐野市', '大阪府/熊取町'],
    '大阪府/阪南市': ['大阪府/泉南市', '大阪府/岬町', '大阪府/泉佐野市'],
    '大阪府/熊取町': ['大阪府/泉佐野市', '大阪府/岸和田市', '大阪府/泉南市'],
    '大阪府/大阪市': [],
    '香川県/多度津町': ['香川県/丸亀市', '香川県/善通寺市'],
    '東京都/武蔵村山市': ['東京都/東村山市', '東京都/小平市'],
    '埼玉県/所沢市': ['埼玉県/新座市', '東京都/清瀬市', '東京都/東村山市'],
})


def places(c, g2=None, g1=None):
    """Replaces a question's grade-2 / grade-1 places (dicts of the non-empty fields)."""
    empty = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': False, 'radius_km': None}
    if g2 is not None:
        c['grade2_places'] = dict(empty, **g2)
    if g1 is not None:
        c['grade1_places'] = dict(empty, **g1)
    return c


def wide(town):
    """A town with nothing of the kind: the town itself and its neighbours, all at grade 2."""
    return [town] + NB.get(town, [])


Q = []

# ---- not my town, said in ways a list would not expect (8)
Q += [
    q('not_my_town', 'ずっと清瀬で育ったから、地元以外の当事者会を探してます', ['peer'], 'self', home='東京都/清瀬市',
      excl=['東京都/清瀬市']),
    q('not_my_town', '泉佐野からちょっと離れたところで、夜に開いてる居場所ってない？', ['ibasho'], 'self',
      flags=['evening', 'in_person'], home='大阪府/泉佐野市', excl=['大阪府/泉佐野市'], note='夜 = soft evening'),
    q('not_my_town', '同じ市の人には会いたくないので、丸亀市民ですが市外でやっている家族会を教えてください', ['family'], 'family',
      home='香川県/丸亀市', excl=['香川県/丸亀市'], group=True),
    q('not_my_town', '東村山に住んでるけど東村山じゃない所で、女性だけで集まれる会ってありますか', ['peer', 'ibasho'], 'self',
      hard=['women_only'], home='東京都/東村山市', excl=['東京都/東村山市'], groups=['women']),
    q('not_my_town', '隣町くらいの距離で当事者会に顔出したい。善通寺住みです', ['peer'], 'self', flags=['in_person'],
      home='香川県/善通寺市', excl=['香川県/善通寺市']),
    q('not_my_town', 'I live in Takasaki but I want a family support group not in Takasaki, somewhere else in Gunma',
      ['family'], 'family', home='群馬県/高崎市', excl=['群馬県/高崎市'], group=True),
    q('not_my_town', '練馬区在住。区内は顔見知りが多いから、オンライン以外で区の外の居場所がいいです', ['ibasho'], 'self',
      flags=['in_person'], home='東京都/練馬区', excl=['東京都/練馬区']),
    q('not_my_town', '和歌山市以外で、平日の夜に相談できるところないですか。電話でもいいです。市内やと知り合いに会いそうで',
      ['consultation', 'hotline'], flags=['evening'], home='和歌山県/和歌山市', excl=['和歌山県/和歌山市']),
]

# ---- a town with nothing of the kind locally (5): neighbours and the prefecture at grade 2
Q += [
    q('no_local', '熊取町でひきこもりの家族会ってありますか', ['family'], 'family', home='大阪府/熊取町',
      g2=wide('大阪府/熊取町'), pref_g2=True, group=True, note='熊取 has no family group'),
    q('no_local', 'annaka de hatarakitai kedo shuurou shien tte aru?', ['employment'], 'self', home='群馬県/安中市',
      g2=wide('群馬県/安中市'), pref_g2=True, note='安中 has no employment support'),
    q('no_local', '兄が何年もひきこもっています。練馬区で、きょうだいの立場で話せる会みたいなのはありますか', ['family'], 'family',
      flags=['kw:きょうだい,兄弟'], home='東京都/練馬区', g2=wide('東京都/練馬区'), pref_g2=True, national2=True,
      groups=['sibling'], age=[18, None], group=True, note='練馬 has no sibling group'),
    q('no_local', 'Is there any drop-in space (ibasho) in Musashimurayama?', ['ibasho'], 'self', home='東京都/武蔵村山市',
      g2=wide('東京都/武蔵村山市'), pref_g2=True, note='武蔵村山 has no 居場所'),
    q('no_local', 'ところざわ住みです。ひきこもりの家族会って近くだとどこ？', ['family'], 'family', home='埼玉県/所沢市',
      g2=wide('埼玉県/所沢市'), pref_g2=True, group=True, note='所沢 has only a 居場所; 新座, 清瀬, 東村山 are next door'),
]

# ---- places said indirectly or misspelled (8)
Q += [
    q('indirect_place', 'Tanashi eki no chikaku de ibasho nai?', ['ibasho'], 'self', home='東京都/西東京市',
      note='田無駅 = 西東京市'),
    q('indirect_place', '屋島のあたりで、親が相談できるところはありますか', ['consultation'], 'family', home='香川県/高松市',
      pref_g2=True, note='屋島 = 高松市'),
    q('indirect_place', '松井田町に住んでます。当事者会に行ってみたいです', ['peer'], 'self', flags=['in_person'],
      home='群馬県/安中市', note='松井田町 = a former town, now 安中市'),
    places(q('indirect_place', '西毛で家族会やってるとこ', ['family'], 'family', home='群馬県', group=True,
             note='西毛 = 高崎・安中・富岡 in the corpus'),
           g2={'municipalities': ['群馬県/高崎市', '群馬県/安中市', '群馬県/富岡市'], 'prefectures': ['群馬県']},
           g1={'municipalities': ['群馬県/前橋市'], 'national': True}),
    q('indirect_place', '富丘で居場所さがしてます', ['ibasho'], 'self', home='群馬県/富岡市',
      note='富丘 = same-reading wrong kanji for 富岡 (not 福島県富岡町)'),
    q('indirect_place', 'こだいらで仕事の相談できるとこ', ['employment'], 'self', home='東京都/小平市',
      note='hiragana 小平市 (not 北海道小平町)'),
    q('indirect_place', '板出で当事者会ありますか', ['peer'], 'self', home='香川県/坂出市', note='板 look-alike for 坂'),
    q('indirect_place', '紀三井寺あたりで当事者会やってる？', ['peer'], 'self', home='和歌山県/和歌山市',
      note='紀三井寺 = 和歌山市'),
]

# ---- who is asking (6)
Q += [
    q('who_asks', '小学校で担任をしています。クラスの児童が半年ほど学校に来られていません。坂出市内で保護者の方に紹介できる相談先を教えてください',
      ['learning', 'consultation'], 'family', home='香川県/坂出市', pref_g2=True, age=[6, 12], groups=['school'],
      note='a teacher for a pupil\'s parents'),
    q('who_asks', '訪問看護の看護師です。利用者さんの40代の息子さんが長く家から出ていません。阪南市で、ご本人のところへ訪ねてくれる支援はありますか',
      ['outreach'], home='大阪府/阪南市', age=[40, 49], note='a nurse asking for home visits'),
    q('who_asks', '孫が中学に上がってから家にこもりがちでなあ。わしらは泉南に住んどるんやけど、孫のことで家族が相談できるとこはあるかいな',
      ['consultation', 'learning'], 'family', home='大阪府/泉南市', pref_g2=True, age=[12, 15], groups=['school'],
      note='a grandparent; 中学生'),
    q('who_asks', "My friend in Maebashi hasn't really left his room for years. Is there a peer group he could actually go to?",
      ['peer'], 'self', flags=['in_person'], home='群馬県/前橋市', groups=['men'], note='a friend asking; he = men'),
    q('who_asks', '民生委員です。担当地区の高齢のご夫婦から、50代の娘さんがずっと家にいると打ち明けられました。東村山でご家族が相談できる窓口を知りたいです',
      ['family', 'consultation'], 'family', home='東京都/東村山市', pref_g2=True, age=[50, 59]),
    q('who_asks', '町工場をやっています。週3で来てくれている20代の子が、前は何年も引きこもっていたそうで、働き続けられるか本人も不安がっています。富岡で本人が相談できる就労の窓口はありますか',
      ['employment'], 'self', home='群馬県/富岡市', pref_g2=True, age=[20, 29], note='an employer for a young worker'),
]

# ---- long stories with the request inside (6)
Q += [
    q('long', '34歳です。大学を中退してから、短期のバイトを何度かしただけで、この5年はほとんど家にいました。親も年をとってきて、'
      'このままではいけないと頭では分かっているのですが、履歴書の空白をどう説明すればいいのか考えるだけで手が止まってしまいます。'
      '最近は散歩くらいはできるようになりました。西東京市で、働くことに向けて一から相談に乗ってくれるところはありますか。'
      '焦らずに進められるところだとありがたいです。', ['employment'], 'self', home='東京都/西東京市', pref_g2=True, age=[34, 34]),
    q('long', '26歳の息子のことです。就職して半年で辞めてから、もう4年になります。最初は少し休めば戻れると思っていましたが、'
      '今では昼夜逆転で、声をかけても返事がありません。夫は「放っておけ」と言うばかりで、私ひとりで悩んでいます。'
      '同じような子を持つ親御さんがどうやって乗り越えてきたのか、話を聞いてみたいと思うようになりました。'
      '和歌山市で、親同士が集まる会があれば教えてください。', ['family'], 'family', home='和歌山県/和歌山市', age=[26, 26],
      group=True),
    q('long', '19歳です。高校を卒業してから一度も外に出られていません。玄関まで行くと動悸がして引き返してしまいます。'
      'でも、ずっと誰とも話していないので、さみしいのも本当です。今の自分には外の集まりはまだ無理なので、家にいたまま'
      'パソコンで参加できるような、ゆるい居場所が東久留米にあったら入ってみたいです。カメラは絶対につけたくないです。',
      ['ibasho'], 'self', flags=['online'], home='東京都/東久留米市', age=[19, 19]),
    q('long', 'うちの主人のことなんやけど、45歳で、3年前に会社を辞めてからずっと家におるんよ。最初はしんどいんやろなと思て'
      '見守っとったんやけど、最近は部屋から出てくるんも夜中だけになってしもて。子どももおるし、私もどう接したらええんか'
      '分からんようになってきた。高松で、家族が相談に乗ってもらえるとこってあるんやろか。本人はまだ行かんと思うけん、'
      'まずは私だけでも話を聞いてほしいんよ。', ['consultation'], 'family', home='香川県/高松市', pref_g2=True, age=[45, 45],
      note='讃岐弁, a wife for her husband'),
    q('long', '高校2年の娘が、夏休み明けから朝起きられなくなり、今は学校を休みがちです。夜は眠れず、明け方まで'
      'スマホを見ています。本人は「だるい」としか言わず、何を考えているのか分かりません。担任の先生からは一度専門の先生に'
      '診てもらってはどうかと言われました。新座市で、思春期の子を診てくれる病院やクリニックはありますか。',
      ['medical'], home='埼玉県/新座市', age=[16, 17], groups=['school']),
    q('long', '38の男です。昼間は倉庫で短時間のバイトをしてますけど、それ以外はずっと家で、20代の大半はひきこもってました。'
      'バイト先でも人と話すのはしんどくて、同じような経験した人と一回ゆっくり話してみたいなって最近思うようになりました。'
      'ただ昼はバイトあるんで、夕方とか夜にやってる当事者の集まりが泉佐野らへんにあったら行ってみたいです。',
      ['peer'], 'self', flags=['evening', 'in_person'], home='大阪府/泉佐野市', age=[38, 38], groups=['men']),
]

# ---- conditions (7)
Q += [
    q('condition', '土日しか動けないんですが、高崎で本人が相談に行けるところありますか', ['consultation'], 'self',
      flags=['weekend', 'in_person'], home='群馬県/高崎市', pref_g2=True),
    q('condition', 'お金のかからない居場所、前橋にある？', ['ibasho'], 'self', flags=['free'], home='群馬県/前橋市'),
    q('condition', 'tokumei de soudan dekiru tokoro osaka', ['consultation', 'hotline'], flags=['anonymous_ok'],
      home='大阪府', note='romaji; Osaka as the prefecture'),
    q('condition', 'Women-only meetup in Osaka city, no booking needed?', ['peer', 'ibasho'], 'self',
      flags=['no_reservation', 'in_person'], hard=['women_only'], home='大阪府/大阪市', groups=['women']),
    q('condition', '親向けのオンライン家族会、香川県内でありますか', ['family'], 'family', flags=['online'], home='香川県',
      group=True, note='no online family group in 香川: condition first gives national ones grade 2'),
    q('condition', '20代向けで、夜にやってる当事者会　東京', ['peer'], 'self', flags=['evening'], home='東京都', age=[20, 29]),
    q('condition', '電話でしか話せないです。群馬で電話相談できるとこ', ['consultation', 'hotline'], flags=['kw:電話', '!kw:手紙'],
      home='群馬県', note='phone only: a letter service that mentions 電話 is not a phone line'),
]

if __name__ == '__main__':
    assert len(Q) == 40, len(Q)
    for c in Q:
        if c['type'] == 'long':
            assert 150 <= len(c['text']) <= 400, (len(c['text']), c['text'][:20])
    crit = {'_meta': {'description': 'own5: 40 fresh questions (sealed estimate); graded by /work/main/bench/own/grade.py'}}
    with open(os.path.join(HERE, 'queries-own5.tsv'), 'w', encoding='utf-8') as f:
        f.write('qid\ttext\tlat\tlon\n')
        for i, c in enumerate(Q, 1):
            c['set'] = 'own5'
            c.setdefault('note', '')
            qid = 'o5-%02d' % i
            crit[qid] = c
            loc = c['location']
            f.write('%s\t%s\t%s\t%s\n' % (qid, c['text'], loc['lat'] if loc else '', loc['lon'] if loc else ''))
    with open(os.path.join(HERE, 'criteria-own5.json'), 'w', encoding='utf-8') as f:
        json.dump(crit, f, ensure_ascii=False, indent=1)
