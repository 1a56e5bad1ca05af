#!/usr/bin/env python3
"""Writes queries-own6.tsv and criteria-own6.json: 40 fresh search questions (o6-01..o6-40), written
without reading the bot's code or answers, judged by the benchmark's written rules with
/work/main/bench/own/grade.py. Neighbour lists follow the dev sets' conventions (make_own.py).

    cd /work/main/bench/sealed/own6 && python3 make_own6.py
    python3 ../../own/grade.py /work/shared/bench/resources.csv criteria-own6.json > qrels-own6.txt
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/bench/own')
from make_own import NB, q  # noqa: E402  (helper only)

NB.update({
    '大阪府/阪南市': ['大阪府/泉南市', '大阪府/岬町'],
    '大阪府/熊取町': ['大阪府/泉佐野市', '大阪府/岸和田市', '大阪府/泉南市'],
    '香川県/まんのう町': ['香川県/丸亀市', '香川県/善通寺市', '香川県/多度津町'],
    '香川県/多度津町': ['香川県/丸亀市', '香川県/善通寺市'],
    '埼玉県/新座市': ['東京都/東久留米市', '東京都/清瀬市', '東京都/練馬区', '東京都/西東京市', '埼玉県/所沢市'],
    '大阪府/岬町': ['大阪府/阪南市', '和歌山県/和歌山市'],
})


def places(c, g2=None, g1=None):
    """Replaces a question's grade-2 / grade-1 places (dicts of the non-empty fields)."""
    empty = {'municipalities': [], 'prefectures': [], 'any_in_prefectures': [], 'national': False, 'radius_km': None}
    if g2 is not None:
        c['grade2_places'] = dict(empty, **g2)
    if g1 is not None:
        c['grade1_places'] = dict(empty, **g1)
    return c


Q = []

# ---- not my town, said in new ways (8)
Q += [
    q('not_my_town', 'Tomioka ni sunderu kedo, Tomioka igai de toujishakai ga areba oshiete', ['peer'], 'self',
      home='群馬県/富岡市', excl=['群馬県/富岡市'], note='romaji; 〜に住んでるけど〜以外'),
    q('not_my_town', '同じ市の人に会いたくないんです。小平市在住で、オンライン以外の家族会を探しています', ['family'], 'family',
      flags=['in_person'], home='東京都/小平市', excl=['東京都/小平市'], group=True, note='exclusion + not online'),
    q('not_my_town', "I live in Sakaide but I'd rather not go anywhere in Sakaide itself. Is there somewhere nearby to hang out "
      'in the evening?', ['ibasho'], 'self', flags=['evening', 'in_person'], home='香川県/坂出市', excl=['香川県/坂出市'],
      note='English; exclusion + evening'),
    q('not_my_town', 'まんのう町の者です。町内は顔見知りばっかりなんで、隣町くらいで当事者会があれば行きたいです', ['peer'], 'self',
      flags=['in_person'], home='香川県/まんのう町', excl=['香川県/まんのう町'], note='隣町くらいで'),
    q('not_my_town', '泉佐野からちょっと離れたところで、女性だけで集まれる会ってありますか', ['peer', 'ibasho'], 'self',
      hard=['women_only'], home='大阪府/泉佐野市', excl=['大阪府/泉佐野市'], g1=['大阪府/大阪市'], groups=['women'],
      note='〜からちょっと離れたところ + women only'),
    q('not_my_town', '西東京に住んでるけど西東京じゃない所で、仕事のこと相談できるとこない？', ['employment'], 'self',
      home='東京都/西東京市', excl=['東京都/西東京市'], note='〜に住んでるけど〜じゃない所'),
    q('not_my_town', "Not in Hannan, please. I'm looking for a parents' group somewhere else in the Sennan area.", ['family'],
      'family', home='大阪府/阪南市', excl=['大阪府/阪南市'],
      g2=['大阪府/泉南市', '大阪府/岬町', '大阪府/泉佐野市', '大阪府/熊取町'], g1=['大阪府/岸和田市'], group=True,
      note='English "not in X"; Sennan area = 泉州南部'),
    q('not_my_town', '東村山の人間だけど、東村山じゃないところで週末にやってる当事者会ありますか', ['peer'], 'self',
      flags=['weekend'], home='東京都/東村山市', excl=['東京都/東村山市'], note='exclusion + weekend'),
]

# ---- a town with nothing of the kind asked (5): neighbours and the prefecture at grade 2
Q += [
    q('no_local', '熊取町で親の会ってある？', ['family'], 'family', home='大阪府/熊取町',
      g2=['大阪府/熊取町', '大阪府/泉佐野市', '大阪府/岸和田市'], g1=['大阪府/泉南市', '大阪府/阪南市'], pref_g2=True, group=True,
      note='熊取 has no family group: 泉佐野 and 岸和田 next door count fully'),
    q('no_local', '多度津で就職の準備を手伝ってくれるところ', ['employment'], 'self', home='香川県/多度津町',
      g2=['香川県/多度津町', '香川県/丸亀市', '香川県/善通寺市'], g1=['香川県/坂出市', '香川県/高松市'], pref_g2=True,
      note='多度津 has no employment support: 中讃サポステ (丸亀) and the prefecture centre'),
    q('no_local', '富岡市　女子会', ['peer', 'ibasho'], 'self', hard=['women_only'], home='群馬県/富岡市',
      g2=['群馬県/富岡市', '群馬県/安中市', '群馬県/高崎市'], g1=['群馬県/前橋市'], pref_g2=True, groups=['women'],
      note='富岡 has no women\'s group: 高崎 counts fully'),
    q('no_local', '武蔵村山市にひきこもりの居場所はありますか', ['ibasho'], 'self', home='東京都/武蔵村山市',
      g2=['東京都/武蔵村山市', '東京都/東村山市', '東京都/小平市'], g1=['東京都/東久留米市', '東京都/清瀬市', '東京都/西東京市'],
      pref_g2=True, note='武蔵村山 has no 居場所: the nearest corpus towns 東村山 and 小平 count fully'),
    q('no_local', '清瀬で、ひきこもりの兄弟がいる人の集まりを探しています', ['family'], 'family', flags=['kw:きょうだい,兄弟'],
      home='東京都/清瀬市', g2=['東京都/清瀬市', '東京都/東久留米市', '東京都/東村山市', '埼玉県/新座市', '埼玉県/所沢市'],
      g1=[], pref_g2=True, groups=['sibling'], group=True, note='清瀬 has no sibling group: 東久留米きょうだいの会 next door'),
]

# ---- places said indirectly or misspelled (8)
Q += [
    q('indirect', '航空公園のあたりで居場所ある？', ['ibasho'], 'self', home='埼玉県/所沢市',
      g1=['埼玉県/新座市', '東京都/清瀬市', '東京都/東村山市'], note='航空公園 = 所沢市'),
    q('indirect', 'Shakujii kouen no chikaku de kazokukai arimasu ka', ['family'], 'family', home='東京都/練馬区', group=True,
      note='romaji; 石神井公園 = 練馬区'),
    q('indirect', 'Any family group near Matsuida in Gunma?', ['family'], 'family', home='群馬県/安中市', group=True,
      note='English; 松井田町 is a former town, now 安中市'),
    q('indirect', '紀北のほうで当事者会やってるとこ', ['peer'], 'self', home='和歌山県',
      note='region name: 紀北 holds 和歌山市 in the corpus'),
    q('indirect', '清背市で当事者会', ['peer'], 'self', home='東京都/清瀬市', note='same reading wrong kanji (背 for 瀬, せ)'),
    q('indirect', 'はんなん　いばしょ', ['ibasho'], 'self', home='大阪府/阪南市', note='hiragana-only town name'),
    q('indirect', '錬馬で働く準備の相談したい', ['employment'], 'self', home='東京都/練馬区', pref_g2=True,
      note='look-alike kanji 錬 for 練'),
    q('indirect', '秋津駅の近くで親の会', ['family'], 'family', home='東京都/東村山市', group=True, note='秋津駅 = 東村山市'),
]

# ---- who is asking (6)
Q += [
    q('who', '訪問看護師です。利用者さんの30代の息子さんがひきこもっていて、お母さんが相談先を知りたがっています。'
      '泉佐野市でご家族が相談できるところを教えてください', ['consultation', 'family'], 'family', home='大阪府/泉佐野市',
      pref_g2=True, age=[30, 39], note='a nurse for a patient\'s family'),
    q('who', '隣の家の息子さん、もう何年も姿を見かけないんです。お母さんが一人で悩んでいるみたいで…。和歌山市で、ご家族が行ける'
      '家族会があれば教えてあげたい', ['family'], 'family', home='和歌山県/和歌山市', age=[18, None], group=True,
      note='a neighbour'),
    places(q('who', '高崎に住む妹です。兄（44）が20年近く部屋から出ません。両親にも言えない気持ちを、同じきょうだいの立場の人と'
             '話せる場所が近くにないでしょうか。ネットでも大丈夫です', ['family'], 'family', flags=['kw:きょうだい,兄弟'],
             home='群馬県/高崎市', age=[44, 44], groups=['sibling'], group=True,
             note='no sibling group in 高崎: 前橋 きょうだいの会 and the national online one'),
           g2={'municipalities': ['群馬県/高崎市', '群馬県/前橋市'], 'national': True},
           g1={'municipalities': ['群馬県/安中市', '群馬県/富岡市'], 'prefectures': ['群馬県']}),
    q('who', '孫が高1なんやけど、学校に行けんようになって家に閉じこもっとる。じいちゃんとして何かしてやりたいんや。坂出の者です。'
      'どこに相談したらええやろか', ['consultation'], 'family', home='香川県/坂出市', pref_g2=True, age=[15, 16],
      groups=['school'], note='a grandfather (讃岐弁)'),
    q('who', 'A friend of mine in Maebashi has been shut in at home for years. Is there a peer group he could go to?', ['peer'],
      'self', flags=['in_person'], home='群馬県/前橋市', groups=['men'], note='English; a friend asking for him'),
    q('who', '小さな工場を経営しています。面接に来た30歳の青年が、高校を出てからずっと家にいたそうで、いきなり雇うより、まず働く準備を'
      '支えてくれる所を紹介したいと思っています。善通寺です', ['employment'], 'self', home='香川県/善通寺市',
      g2=['香川県/善通寺市', '香川県/丸亀市', '香川県/多度津町'], g1=['香川県/坂出市', '香川県/まんのう町'], pref_g2=True,
      age=[30, 30], note='an employer; 善通寺 has no employment support: 中讃サポステ (丸亀) and the prefecture centre'),
]

# ---- long stories, the need stated once in passing (6)
Q += [
    q('long', '29歳の男です。前の職場で体調を崩して辞めてから、もう4年くらい家にいます。朝方まで動画を見て昼過ぎに起きる生活で、'
      '親とも必要最低限しか話していません。ゲームの中ではフレンドと普通に話せるのに、現実だと声が出なくなります。'
      'このままだと本当に誰ともつながれなくなる気がして怖いです。新座に住んでいるので、同じような人が集まる会が近くにあれば一度'
      '顔を出してみたい気持ちはあります。ただ、いきなり自己紹介させられるような場所は正直きついです。', ['peer'], 'self',
      flags=['in_person'], home='埼玉県/新座市', age=[29, 29], groups=['men']),
    q('long', '娘は38歳になります。短大を出て事務の仕事をしていましたが、30歳のころに職場の人間関係で休職し、そのまま退職しました。'
      'それから8年、自室で過ごす時間がほとんどです。夫は3年前に亡くなり、今は私と娘の二人暮らしです。私も70を過ぎて、'
      'この先のことを考えると夜も眠れない日があります。高松で同じ悩みを持つ親が集まる会があるなら、一度のぞいてみたいと'
      '思っています。娘には内緒で行くつもりです。', ['family'], 'family', home='香川県/高松市', age=[38, 38], group=True),
    q('long', '大学3年の秋から、ゼミに行けなくなって休学しています。最初は少し休めば戻れると思っていましたが、半年たった今は'
      '外に出るのも怖くて、家の中でも動悸がしたり、夜中に何度も目が覚めたりします。親は「気の持ちよう」と言うだけで、'
      '話しても分かってもらえません。自分でもこのままではいけないと思っています。前橋で心療内科か精神科に一度かかってみようか'
      '迷っていますが、どこに行けばいいのか分かりません。', ['medical'], 'self', home='群馬県/前橋市', age=[20, 22]),
    q('long', '岬町に住む母親です。息子は26歳で、高校を卒業してから進学も就職もせず、ずっと家にいます。昼間は部屋でパソコンに'
      '向かっていて、話しかけても返事はほとんどありません。夫は仕事が忙しく、息子のことは私に任せきりです。親戚からは'
      '「甘やかしすぎ」と言われ、誰にも相談できないまま何年もたってしまいました。まずは親の私が話を聞いてもらえるところが'
      'あれば、と思っています。町の外に出るのは車がないので大変です。', ['consultation'], 'family', home='大阪府/岬町',
      pref_g2=True, age=[26, 26]),
    q('long', '35歳です。20代はアルバイトを転々としていましたが、30歳で契約が切れてから5年、ほとんど家から出ていません。'
      '貯金も底をつきかけていて、親も年金暮らしなので、そろそろ本気で何とかしないといけないと思っています。ただ、'
      '履歴書の空白をどう説明すればいいのかも分からないし、面接を考えただけで手が震えます。和歌山市で、こういう人間でも'
      '働くための相談に乗ってくれる場所はありますか。いきなり求人を紹介されるのは怖いです。', ['employment'], 'self',
      home='和歌山県/和歌山市', pref_g2=True, age=[35, 35]),
    q('long', '27歳の息子のことです。大学を中退してから5年、自分の部屋からほとんど出てきません。トイレとお風呂のときだけ'
      '部屋を出て、食事はドアの前に置いています。以前、市の窓口に相談に行ったことはありますが、本人を連れてきてくださいと'
      '言われて、それきりになってしまいました。本人が外に出られないので、家まで来てもらえるような支援が西東京市にあれば'
      'お願いしたいです。主人は世間体を気にして反対していますが、私はもう限界です。', ['outreach'], 'family',
      home='東京都/西東京市', age=[27, 27], related_categories=['consultation'],
      note='intent: home visits; other towns\' outreach serve their own town'),
]

# ---- conditions (7)
Q += [
    q('condition', '電話しか使えません。名前を言わずに、土日でもつながる相談先を教えてください', ['consultation', 'hotline'],
      flags=['anonymous_ok', 'weekend', 'kw:電話'], note='phone only, anonymous, weekend; no place: national only'),
    q('condition', '予約いらんで無料で寄れる居場所、泉佐野か熊取あたりで', ['ibasho'], 'self',
      flags=['no_reservation', 'free', 'in_person'], home='大阪府', g2=['大阪府/泉佐野市', '大阪府/熊取町'],
      g1=['大阪府/岸和田市', '大阪府/泉南市'], note='two towns named: home is the prefecture'),
    q('condition', '平日は仕事で夜しか空いていません。親としてオンラインで相談できるところはありますか',
      ['consultation', 'family'], 'family', flags=['evening', 'online'], note='for parents, evening, online; no place'),
    q('condition', '10代でも行ける無料の居場所　高崎', ['ibasho'], 'self', flags=['free', 'in_person'], home='群馬県/高崎市',
      age=[10, 19], note='for young people, free'),
    q('condition', '女性限定で、ネットで参加できる当事者会。群馬在住です', ['peer'], 'self', hard=['women_only', 'online'],
      home='群馬県', groups=['women'], note='nothing in 群馬 fits: national online 女子会 counts fully (condition first)'),
    q('condition', 'tokumei de sanka dekiru toujishakai Marugame', ['peer'], 'self', flags=['anonymous_ok'],
      home='香川県/丸亀市', note='romaji; anonymous'),
    q('condition', '予約なしで親がふらっと相談に寄れるところ　大阪市', ['consultation'], 'family',
      flags=['no_reservation', 'in_person'], home='大阪府/大阪市', pref_g2=True, note='for parents, no reservation'),
]

if __name__ == '__main__':
    assert len(Q) == 40, len(Q)
    crit = {'_meta': {'description': 'own6: 40 fresh questions (sealed estimate); graded by /work/main/bench/own/grade.py'}}
    with open(os.path.join(HERE, 'queries-own6.tsv'), 'w', encoding='utf-8') as f:
        f.write('qid\ttext\tlat\tlon\n')
        for i, c in enumerate(Q, 1):
            c['set'] = 'own6'
            c.setdefault('note', '')
            qid = 'o6-%02d' % i
            crit[qid] = c
            loc = c['location']
            f.write('%s\t%s\t%s\t%s\n' % (qid, c['text'], loc['lat'] if loc else '', loc['lon'] if loc else ''))
    with open(os.path.join(HERE, 'criteria-own6.json'), 'w', encoding='utf-8') as f:
        json.dump(crit, f, ensure_ascii=False, indent=1)
