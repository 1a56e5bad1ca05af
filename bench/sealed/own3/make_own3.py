#!/usr/bin/env python3
"""Writes queries-own3.tsv and criteria-own3.json: 40 fresh search questions (o3-01..o3-40), written
without reading the bot's code or answers, judged by the benchmark's written rules with
/work/main/bench/own/grade.py. Neighbour lists follow the dev sets' conventions (make_own.py, make_own2.py).

    cd /root/jb-private/own3 && python3 make_own3.py
    python3 /work/main/bench/own/grade.py /work/shared/bench/resources.csv criteria-own3.json > qrels-own3.txt
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/bench/own')
from make_own import NB, q  # noqa: E402  (helper only; nothing under /work is written)

NB.update({
    '埼玉県/新座市': ['東京都/東久留米市', '東京都/清瀬市', '東京都/練馬区', '東京都/西東京市', '埼玉県/所沢市'],
    '大阪府/泉南市': ['大阪府/阪南市', '大阪府/泉佐野市', '大阪府/熊取町'],
    '大阪府/阪南市': ['大阪府/泉南市', '大阪府/岬町'],
    '大阪府/熊取町': ['大阪府/泉佐野市', '大阪府/岸和田市', '大阪府/泉南市'],
    '大阪府/岬町': ['大阪府/阪南市', '和歌山県/和歌山市'],
    '大阪府/大阪市': [],
    '香川県/まんのう町': ['香川県/丸亀市', '香川県/善通寺市', '香川県/多度津町'],
    '香川県/善通寺市': ['香川県/丸亀市', '香川県/多度津町', '香川県/まんのう町'],
    '香川県/多度津町': ['香川県/丸亀市', '香川県/善通寺市'],
})


def places(c, g2=None, g1=None):
    """Replaces a question's grade-2 / grade-1 places (dicts of the non-empty fields)."""
    empty = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': False, 'radius_km': None}
    if g2 is not None:
        c['grade2_places'] = dict(empty, **g2)
    if g1 is not None:
        c['grade1_places'] = dict(empty, **g1)
    return c


KITATAMA = ['東京都/東久留米市', '東京都/西東京市', '東京都/清瀬市', '東京都/東村山市', '東京都/小平市', '東京都/武蔵村山市']

Q = []

# ---- short (6)
Q += [
    q('short', '泉南の家族会', ['family'], 'family', home='大阪府/泉南市', group=True),
    q('short', '就労支援　東村山市', ['employment'], 'self', home='東京都/東村山市', pref_g2=True),
    q('short', '新座で当事者会やってる？', ['peer'], 'self', home='埼玉県/新座市'),
    q('short', '熊取の居場所', ['ibasho'], 'self', home='大阪府/熊取町'),
    q('short', 'まんのうで相談できるとこ', ['consultation'], home='香川県/まんのう町', pref_g2=True),
    q('short', '和歌山市の親の会', ['family'], 'family', home='和歌山県/和歌山市', group=True),
]

# ---- long stories, intent inside (7)
Q += [
    q('long', '32歳、男です。大学を出たあと就職に失敗して、気づけば8年ほど実家の2階で過ごしています。親とは必要なことしか話しません。'
      '最近ネットで同じような境遇の人のブログを読んで、自分だけじゃないんだと少し救われました。できれば実際に会って、'
      '同じような経験をした人と話してみたいです。丸亀市に住んでいます。', ['peer'], 'self', hard=['in_person'],
      home='香川県/丸亀市', age=[32, 32], groups=['men'], note='実際に会って = hard in_person; intent: a peer group'),
    q('long', '28歳の息子がいます。専門学校をやめてから6年、部屋からほとんど出てきません。食事も部屋の前に置いておく状態で、'
      '私たち夫婦ともまともに話せていません。本人を窓口に連れて行くのはとても無理です。こちらが出向くのではなく、'
      '家まで来て息子と関わってくれるような支援は泉佐野にありますか。', ['outreach'], 'family', home='大阪府/泉佐野市',
      age=[28, 28], related_categories=['consultation'], note='intent: home visits (outreach); other towns\' outreach serve their own town'),
    q('long', '24歳の女です。高校のときに人間関係でつまずいてから、ほとんど家にいます。男の人がいる場所だとどうしても体がこわばってしまって、'
      'これまで調べた集まりも結局行けませんでした。女の人だけの、少人数でおしゃべりできるような会なら、がんばって行ってみたい'
      '気持ちがあります。住んでいるのは高崎です。', ['peer', 'ibasho'], 'self', flags=['in_person'], hard=['women_only'],
      home='群馬県/高崎市', age=[24, 24], groups=['women']),
    q('long', '小学5年の息子のことです。2学期の途中から朝になるとお腹が痛いと言うようになり、今はまったく登校できていません。'
      '家ではゲームをしたり本を読んだりして落ち着いていますが、一日中家の中にいるのが心配です。学校以外で、昼間に通って過ごせる'
      'ところが富岡市にあれば知りたいです。', ['learning'], 'self', flags=['in_person'], home='群馬県/富岡市', age=[10, 11],
      groups=['school'], note='the prefecture line is a phone/visit consultation, not a place to spend the day: grade 1'),
    q('long', '17歳です。去年の秋に高校をやめました。今は家で動画を見てるだけの毎日で、このままじゃまずいとは思ってます。'
      'いつか高卒認定をとりたいけど、ひとりで勉強しても全然続きません。清瀬で、同じくらいの年の人と一緒に勉強を見てもらえる'
      'ような場所ってありますか。お金はあまりかけられないです。', ['learning'], 'self', flags=['free'], home='東京都/清瀬市',
      age=[17, 17], groups=['school']),
    q('long', '52歳の独身です。会社をやめてから十数年、81歳の母と二人で暮らしていて、自分はほとんど外に出ていません。'
      '先月母が転んで入院し、急に自分がしっかりしないといけなくなりました。お金のこと、母の介護のこと、自分のこれからのこと、'
      '何から手をつけたらいいのか分かりません。前橋で、こういう家のことをまとめて相談できるところはありますか。',
      ['consultation'], 'self', home='群馬県/前橋市', pref_g2=True, age=[52, 52], note='an 8050 household told by the child'),
    q('long', '人と話すのがとにかく苦手で、話しかけられると頭が真っ白になります。でもずっと部屋にいると昼と夜の区別もなくなってきて、'
      'さすがに外の空気を吸いたい。しゃべらなくても誰にも何も言われない、ただ座っていられるような場所が坂出にあったらいいなと'
      '思っています。大学は休学中で、21歳です。', ['ibasho'], 'self', flags=['in_person'], home='香川県/坂出市', age=[21, 21]),
]

# ---- kana / romaji / typo place names (5)
Q += [
    q('kana', 'Izumisano de oya no kai sagashitemasu', ['family'], 'family', home='大阪府/泉佐野市', group=True),
    q('kana', 'みさきちょう 相談窓口', ['consultation'], home='大阪府/岬町', pref_g2=True),
    q('kana', '安仲で居場所さがしてる', ['ibasho'], 'self', home='群馬県/安中市', note='安仲 = 安中 (same reading なか)'),
    q('kana', 'Maebashi de shigoto no soudan', ['employment'], 'self', home='群馬県/前橋市', pref_g2=True),
    q('kana', 'tadotsu ibasyo', ['ibasho'], 'self', home='香川県/多度津町'),
]

# ---- not my town, said in new ways (7)
Q += [
    q('not_my_town', "I live in Nishitokyo and don't want to bump into anyone I know. Is there a women-only group in another "
      'city that I can actually go to in person?', ['peer', 'ibasho'], 'self', hard=['women_only', 'in_person'],
      home='東京都/西東京市', excl=['東京都/西東京市'],
      g2=['埼玉県/新座市', '東京都/小平市', '東京都/東久留米市', '東京都/練馬区', '東京都/東村山市'], g1=['東京都/清瀬市'],
      groups=['women'], note='English; exclusion + women-only + in person; 埼玉 women group is for Saitama residents'),
    q('not_my_town', '阪南市民です。市内の当事者会はご近所さんに会いそうなのでパス。ほかで探してます', ['peer'], 'self',
      home='大阪府/阪南市', excl=['大阪府/阪南市'],
      g2=['大阪府/泉南市', '大阪府/岬町', '大阪府/泉佐野市', '大阪府/熊取町', '大阪府/岸和田市'], g1=['大阪府/大阪市'],
      note='the adjoining 泉南/岬 have no mixed peer group: the wider 泉州 counts'),
    q('not_my_town', '丸亀在住。同級生に会いたくないので、市内を除いて当事者の集まりを探してます', ['peer'], 'self',
      home='香川県/丸亀市', excl=['香川県/丸亀市'], g1=['香川県/高松市']),
    q('not_my_town', '前橋市内はNG。夜の時間帯にやってる当事者会か居場所を、ほかの市で', ['peer', 'ibasho'], 'self',
      flags=['evening'], home='群馬県/前橋市', excl=['群馬県/前橋市'], g2=['群馬県/高崎市', '群馬県/安中市', '群馬県/富岡市'],
      note='exclusion + evening'),
    q('not_my_town', '泉南の家族会は近所の人も来てるらしくて行きづらい…。泉南以外で親が集まれる会ってありますか', ['family'],
      'family', home='大阪府/泉南市', excl=['大阪府/泉南市'], g1=['大阪府/岸和田市'], group=True),
    q('not_my_town', '区内のサポステは元同級生が働いてるから無理。練馬区以外で就労支援を探してます', ['employment'], 'self',
      home='東京都/練馬区', excl=['東京都/練馬区']),
    q('not_my_town', '善通寺市民だけど、市内の親の会には顔を出しにくい。車で30分くらいまでの所で家族会ありませんか', ['family'],
      'family', home='香川県/善通寺市', excl=['香川県/善通寺市'],
      g2=['香川県/丸亀市', '香川県/多度津町', '香川県/まんのう町', '香川県/坂出市'], g1=['香川県/高松市'], group=True),
]

# ---- condition filters (4)
Q += [
    q('condition', '顔出しなし、ニックネームで入れるオンラインの当事者会ある？', ['peer'], 'self',
      flags=['anonymous_ok', '!kw:電話'], hard=['online'], note='no place: national only'),
    q('condition', '大阪市で、無料でしかも夜7時過ぎまでやってる相談窓口', ['consultation'], flags=['free', 'evening'],
      home='大阪府/大阪市', pref_g2=True),
    q('condition', '予約しなくても行ける居場所、埼玉県内で', ['ibasho'], 'self', flags=['no_reservation', 'in_person'],
      home='埼玉県'),
    q('condition', '名前を出さずにメールかチャットで相談したいです。群馬県に住んでます', ['consultation', 'hotline'],
      flags=['anonymous_ok', 'online', 'kw:メール,チャット,LINE,SNS'], home='群馬県',
      note='no anonymous text consultation in 群馬: national chat/mail lines count fully (condition first)'),
]

# ---- family: parents, siblings, 8050 (5)
Q += [
    q('family', '弟がもう10年ひきこもってます。姉として、同じ立場の人と話せる会を東久留米で探してます', ['family'], 'family',
      flags=['kw:きょうだい,兄弟'], home='東京都/東久留米市', age=[18, None], groups=['sibling'], group=True),
    q('family', '夫婦ともに80近くになりました。息子は50を過ぎて、もう25年家にいます。うちのような8050の家族が集まる会が'
      '高松にあれば参加したい', ['family'], 'family', flags=['kw:8050'], home='香川県/高松市', age=[50, 59], group=True),
    q('family', '父親です。24の息子が大学を辞めて2年、家にこもっています。これまで妻に任せきりでしたが、父親として接し方を学びたい。'
      '阪南市あたりで家族向けの勉強会のようなものはありますか', ['family'], 'family',
      flags=['kw:勉強会,学習会,家族教室,講座,セミナー'], home='大阪府/阪南市', age=[24, 24]),
    places(q('family', '妹が高校を中退してから5年、部屋にこもってる。兄の立場で話せる場所ってある？ネットでもいい。岸和田住み',
             ['family'], 'family', flags=['kw:きょうだい,兄弟'], home='大阪府/岸和田市', age=[18, None], groups=['sibling'],
             group=True, note='no sibling group in 岸和田: 泉佐野 (きょうだい in keywords), 大阪市 and the national online one'),
           g2={'municipalities': ['大阪府/岸和田市', '大阪府/泉佐野市', '大阪府/大阪市'], 'national': True},
           g1={'municipalities': ['大阪府/熊取町'], 'prefectures': ['大阪府']}),
    q('family', 'ひきこもりの娘（34）をもつ母です。娘本人には内緒で、まず親だけで話を聞いてもらいたい。小平です',
      ['consultation', 'family'], 'family', home='東京都/小平市', pref_g2=True, age=[34, 34]),
]

# ---- hard (6): supporters, a town without the kind, a station, a region, a prefecture not covered
Q += [
    q('hard', '病棟の看護師です。入院中の70代の患者さんが、40代の息子さんがもう何年も家から出ていないと心配されています。'
      '退院後に親御さんが相談したり、同じ立場の家族と話したりできる場所を東村山で紹介したいのですが',
      ['consultation', 'family'], 'family', home='東京都/東村山市', pref_g2=True, age=[40, 49], note='nurse asking for a parent'),
    q('hard', '中学校で養護教諭をしています。保健室登校も難しくなってきた2年生の女子生徒がいて、保護者から「家以外で日中いられる'
      '場所はないか」と聞かれました。泉佐野市内で紹介できるところがあれば教えてください', ['learning', 'ibasho'], 'self',
      flags=['in_person'], home='大阪府/泉佐野市', age=[13, 14], groups=['school'], note='school nurse asking for a pupil'),
    q('hard', '多度津に住んでます。当事者会みたいな集まりって町内にありますか', ['peer'], 'self', home='香川県/多度津町',
      g2=['香川県/多度津町', '香川県/丸亀市', '香川県/善通寺市'], g1=['香川県/坂出市', '香川県/まんのう町'], pref_g2=True,
      note='多度津 has no peer group: neighbours count fully'),
    q('hard', '石神井公園駅のあたりでやってる家族会ってありますか', ['family'], 'family', home='東京都/練馬区', group=True,
      note='石神井公園駅 = 練馬区'),
    places(q('hard', '北多摩あたりで、働く準備ができるところを探しています', ['employment'], 'self', home='東京都',
             note='北多摩 = 東久留米・西東京・清瀬・東村山・小平・武蔵村山 in the corpus (not 練馬区)'),
           g2={'municipalities': KITATAMA, 'prefectures': ['東京都']},
           g1={'municipalities': ['東京都/練馬区', '埼玉県/新座市'], 'national': True}),
    q('hard', '長野県の松本市に住んでいます。ひきこもりの子どもがいて、家族会のようなものに参加したいのですが、こちらにもありますか',
      ['family'], 'family', home='長野県/松本市', national2=True, group=True,
      note='長野県 is not in the corpus: only national/online family groups fit'),
]

if __name__ == '__main__':
    assert len(Q) == 40, len(Q)
    crit = {'_meta': {'description': 'own3: 40 fresh questions (sealed estimate); graded by /work/main/bench/own/grade.py'}}
    with open(os.path.join(HERE, 'queries-own3.tsv'), 'w', encoding='utf-8') as f:
        f.write('qid\ttext\tlat\tlon\n')
        for i, c in enumerate(Q, 1):
            c['set'] = 'own3'
            c.setdefault('note', '')
            qid = 'o3-%02d' % i
            crit[qid] = c
            loc = c['location']
            f.write('%s\t%s\t%s\t%s\n' % (qid, c['text'], loc['lat'] if loc else '', loc['lon'] if loc else ''))
    with open(os.path.join(HERE, 'criteria-own3.json'), 'w', encoding='utf-8') as f:
        json.dump(crit, f, ensure_ascii=False, indent=1)
