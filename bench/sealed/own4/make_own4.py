#!/usr/bin/env python3
"""Writes queries-own4.tsv and criteria-own4.json: 40 fresh search questions (o4-01..o4-40), written
without reading the bot's code or answers, judged by the benchmark's written rules with
/work/main/bench/own/grade.py. Neighbour lists follow the dev sets' conventions (make_own.py, make_own3.py).

    cd /work/main/bench/sealed/own4 && python3 make_own4.py
    python3 ../../own/grade.py /work/shared/bench/resources.csv criteria-own4.json > qrels-own4.txt

Kinds: not_my_town 8, no_local 5, place (indirect or misspelled places) 8, who (someone asking for
somebody else) 6, long 6, condition 7.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/bench/own')
from make_own import NB, q  # noqa: E402  (helper only)

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
    '東京都/武蔵村山市': ['東京都/東村山市', '東京都/小平市'],
})

SENSHU = ['大阪府/岸和田市', '大阪府/泉佐野市', '大阪府/泉南市', '大阪府/阪南市', '大阪府/熊取町', '大阪府/岬町']

Q = []

# ---- not my town, said in ways a list would not expect (8)
Q += [
    q('not_my_town', '高崎が地元なんで、地元以外で探してます。ネットのやつじゃなくて、実際に通える居場所ってありますか', ['ibasho'],
      'self', hard=['in_person'], home='群馬県/高崎市', excl=['群馬県/高崎市'],
      note='地元以外 + オンライン以外 (hard in_person)'),
    q('not_my_town', '岸和田からちょっと離れたとこで親の会ないやろか。地元のは顔見知りがおるから行かれへんねん', ['family'], 'family',
      home='大阪府/岸和田市', excl=['大阪府/岸和田市'], g2=['大阪府/泉佐野市', '大阪府/熊取町', '大阪府/泉南市'],
      g1=['大阪府/阪南市', '大阪府/大阪市'], group=True, note='ちょっと離れた: the nearer 泉州 towns fully, 阪南/大阪市 as fallback'),
    q('not_my_town', '新座市の人には会いたくないです。同じ市の人がいなさそうな当事者会を探しています', ['peer'], 'self',
      home='埼玉県/新座市', excl=['埼玉県/新座市'], note='同じ市の人に会いたくない; Tokyo-side neighbours count, Tokyo-wide does not'),
    q('not_my_town', '丸亀に住んでるけど丸亀じゃない所で、働くための支援を受けたい', ['employment'], 'self', home='香川県/丸亀市',
      excl=['香川県/丸亀市'], g1=['香川県/高松市'], note='住んでるけど〜じゃない所; only 坂出 and the prefecture centre nearby'),
    q('not_my_town', '隣町くらいで居場所ないかな？多度津に住んどるんやけど、町内やと知っとる人ばっかりやけん', ['ibasho'], 'self',
      home='香川県/多度津町', excl=['香川県/多度津町'], g1=['香川県/坂出市', '香川県/まんのう町'], note='隣町くらい, 讃岐弁'),
    q('not_my_town', 'I live in Takamatsu, but I would rather not go to a family group in Takamatsu itself because people know us. '
      'Is there a parents\' group for hikikomori families somewhere nearby, not in Takamatsu?', ['family'], 'family',
      home='香川県/高松市', excl=['香川県/高松市'], g2=['香川県/坂出市', '香川県/丸亀市'], g1=['香川県/善通寺市'], group=True,
      note='English "not in X"; the 香川 family network also meets in 丸亀'),
    q('not_my_town', '東村山の外で、夜に行ける当事者会ってありますか。市内のは昼間だし知り合いもいるので', ['peer'], 'self',
      flags=['evening', 'in_person'], home='東京都/東村山市', excl=['東京都/東村山市'], note='exclusion + evening'),
    q('not_my_town', '坂出住みです。坂出以外で、女性だけの会があれば行ってみたい', ['peer', 'ibasho'], 'self', flags=['in_person'],
      hard=['women_only'], home='香川県/坂出市', excl=['香川県/坂出市'], groups=['women'], note='exclusion + women only'),
]

# ---- a town with nothing of the kind locally: widen to neighbours / prefecture / online (5)
Q += [
    q('no_local', '熊取町で、ひきこもりの子の親が集まる会ってありますか？', ['family'], 'family', home='大阪府/熊取町',
      g2=['大阪府/熊取町', '大阪府/泉佐野市', '大阪府/岸和田市', '大阪府/泉南市'], g1=['大阪府/阪南市'], pref_g2=True, group=True,
      note='gap: 熊取 has no family group; neighbours count fully'),
    q('no_local', '岬町って当事者会あるんかな', ['peer'], 'self', home='大阪府/岬町',
      g2=['大阪府/岬町', '大阪府/阪南市', '大阪府/泉南市'], g1=['和歌山県/和歌山市', '大阪府/泉佐野市'], pref_g2=True,
      note='gap: 岬町 has no peer group; 阪南 next door and the Osaka online group count fully (as e002)'),
    q('no_local', 'Mannou-chou de shuurou shien tte arimasuka', ['employment'], 'self', home='香川県/まんのう町',
      g2=['香川県/まんのう町', '香川県/丸亀市', '香川県/善通寺市', '香川県/多度津町'], g1=['香川県/坂出市', '香川県/高松市'],
      pref_g2=True, note='romaji; gap: まんのう has no employment support; 中讃サポステ (丸亀) and the prefecture centre'),
    q('no_local', '武蔵村山市に住んでる20代です。市内に居場所ってありますか', ['ibasho'], 'self', home='東京都/武蔵村山市',
      g2=['東京都/武蔵村山市', '東京都/東村山市', '東京都/小平市'], g1=['埼玉県/所沢市', '東京都/東久留米市', '東京都/清瀬市'],
      pref_g2=True, age=[20, 29], note='gap: 武蔵村山 has no ibasho; nearest corpus towns as in e136'),
    q('no_local', '清瀬で女子会みたいなのってある？女の人だけのやつ', ['peer', 'ibasho'], 'self', hard=['women_only'],
      home='東京都/清瀬市', g2=['東京都/清瀬市', '東京都/東久留米市', '東京都/東村山市', '埼玉県/新座市', '埼玉県/所沢市'],
      g1=['東京都/練馬区', '東京都/小平市', '東京都/西東京市'], pref_g2=True, groups=['women'],
      note='gap: 清瀬 has no women-only group; adjoining towns and the Tokyo online one count fully'),
]

# ---- places said indirectly or misspelled (8)
Q += [
    q('place', '志木駅の近くで、ひきこもりの相談ができるところはありますか', ['consultation'], home='埼玉県/新座市', pref_g2=True,
      note='志木駅 is in 新座市 (not 志木市, which the corpus lacks)'),
    q('place', 'りんくうタウンの近くでやってる当事者会', ['peer'], 'self', home='大阪府/泉佐野市', note='りんくうタウン = 泉佐野'),
    q('place', '松井田に住んでます。近くに居場所みたいなところありますか', ['ibasho'], 'self', home='群馬県/安中市',
      note='松井田町 = former town, now 安中市'),
    q('place', '南大阪で就労支援をやってるところを知りたいです', ['employment'], 'self', home='大阪府', g2=SENSHU,
      g1=['大阪府/大阪市'], note='南大阪 = 大阪府南部 (泉州 towns in the corpus); prefecture and 大阪市 as fallback'),
    q('place', '前箸で当事者会ってある？', ['peer'], 'self', home='群馬県/前橋市', note='前箸 = 前橋 (same reading はし)'),
    q('place', 'はんなんし の いばしょ おしえてください', ['ibasho'], 'self', home='大阪府/阪南市', note='hiragana town name'),
    q('place', 'ぜんつうじ で おやのかい さがしてます', ['family'], 'family', home='香川県/善通寺市', group=True,
      note='hiragana town and category'),
    q('place', '東材山で、ひきこもりのことも診てくれる心療内科', ['medical'], 'any', home='東京都/東村山市',
      note='東材山 = 東村山 (材 looks like 村)'),
]

# ---- someone asking for somebody else (6)
Q += [
    q('who', '町工場を経営しています。去年採用した23歳の社員が3か月で来なくなり、今は家からほとんど出られないと親御さんから聞きました。'
      '本人がもう一度、少しずつ働く練習ができる場所を富岡で紹介してあげたいのですが', ['employment'], 'self', home='群馬県/富岡市',
      pref_g2=True, age=[23, 23], note='employer asking for an employee'),
    q('who', '近所に住んでいる者です。お隣の80代のおばあさんが、50代の息子さんがもう何年も家から出ないと悩んでいます。'
      '東久留米で、おばあさんが相談に行けるところを教えてあげたい', ['consultation'], 'family', home='東京都/東久留米市',
      pref_g2=True, age=[50, 59], note='neighbour asking for an elderly mother'),
    q('who', '高校で3年生の担任をしています。進路が決まらないまま卒業しそうで、家にこもりがちになりそうな男子生徒がいます。'
      '卒業してからも通える居場所が和歌山市にあれば、本人に伝えたいです', ['ibasho'], 'self', flags=['in_person'],
      home='和歌山県/和歌山市', age=[18, 18], groups=['men'], note='teacher asking for a pupil, for after graduation'),
    q('who', '孫のことなんだけどさ、高校出てから3年、ずーっと部屋にこもってるんさ。じいちゃんばあちゃんでも顔出せる家族会って、'
      '前橋にあるんかい？', ['family'], 'family', home='群馬県/前橋市', age=[21, 21], group=True,
      note='grandparent, 上州弁'),
    q('who', '高校からの友達がもう2年くらい家から出てない。LINEはたまに返ってくる。西東京に住んでるんだけど、本人が行けそうな居場所とか'
      '教えてあげたい', ['ibasho'], 'self', flags=['in_person'], home='東京都/西東京市', note='friend asking for a friend'),
    q('who', '姉（31）がずっと家にいます。男の人がいると緊張するみたいなので、女性だけで過ごせる場所を大阪市で探しています。弟からの相談です',
      ['peer', 'ibasho'], 'self', flags=['in_person'], hard=['women_only'], home='大阪府/大阪市', age=[31, 31],
      groups=['women', 'sibling'], note='brother asking for his sister'),
]

# ---- long stories, the request inside (6)
Q += [
    q('long', '29歳、女です。3年前に職場で倒れてから外に出るのが怖くなり、今はほとんど家で過ごしています。夜も眠れず、朝方にやっと寝て'
      '夕方に起きる生活です。母は心配してくれていますが、私がこのままなのを見るのがつらそうで、申し訳なくなります。'
      'そろそろちゃんと診てもらったほうがいいのかなと思い始めました。清瀬市に住んでいるので、通いやすいところで、'
      'ひきこもりのことも分かってくれる病院があれば知りたいです。', ['medical'], 'self', home='東京都/清瀬市', age=[29, 29],
      groups=['women'], note='intent: a clinic'),
    q('long', '夫は46歳です。5年前に会社でのトラブルがきっかけで退職し、それからほとんど家の中で過ごしています。最初は少し休めば'
      '元に戻ると思っていましたが、今では近所に買い物に出ることもなくなりました。私はパートに出ていて、家計のことも夫のことも'
      '一人で抱えています。義理の両親には言えず、友人にも話しづらいです。同じように家族のことで悩んでいる人たちと話せる会が'
      '練馬区にあれば、一度行ってみたいと思っています。', ['family'], 'family', flags=['in_person'], home='東京都/練馬区',
      age=[46, 46], group=True, note='a wife; intent: a family group'),
    q('long', '34歳の男です。大学を出て地元の会社に入りましたが、2年で体調を崩して辞めました。それから6年、ほとんど家にいます。'
      '父が去年定年になり、家に二人でいる時間が増えて、正直気まずいです。パソコンはそこそこ使えるので何か仕事ができればとは'
      '思っていますが、面接を想像するだけで手が震えます。坂出で、いきなり就職ではなく、準備から手伝ってくれるところがあれば'
      '行ってみたいです。', ['employment'], 'self', flags=['in_person'], home='香川県/坂出市', pref_g2=True, age=[34, 34],
      groups=['men'], note='intent: work preparation'),
    q('long', '26歳です。高校を出てからずっと祖母の介護をしていて、去年その祖母が亡くなりました。それからは何をしたらいいのか'
      '分からず、気づけば1年ほど家から出ていません。友だちとも連絡を取らなくなり、親とも必要なことしか話しません。'
      '働いたこともないし、この先のことを考えると怖くなります。まずは誰かに一度、話を聞いてもらえたらと思っています。'
      '住んでいるのは安中市です。', ['consultation'], 'self', home='群馬県/安中市', pref_g2=True, age=[26, 26],
      note='intent: someone to talk to (consultation)'),
    q('long', 'うちの娘、22歳なんやけどな、専門学校やめてから2年、昼夜逆転でほとんど部屋から出てけえへんねん。最初はそのうち'
      '動くやろって思てたけど、最近は私のほうが参ってしもて。主人は仕事ばっかりで話にならへんし、親戚にも言われへんし。'
      '平日はパートやから、土日に同じような親が集まって話せる会、阪南にないやろか。', ['family'], 'family', flags=['weekend'],
      home='大阪府/阪南市', age=[22, 22], group=True, note='関西弁; intent: a weekend family group'),
    q('long', '19歳です。通信制の高校を去年の春にやめて、それからはほぼ部屋でゲームをして過ごしています。起きるのはだいたい昼過ぎです。'
      '親はうるさく言わないけど、心配しているのはわかります。カウンセリングみたいに悩みを話すのは正直しんどいので、'
      'そういうのじゃなくて、昼間にふらっと行って、同じくらいの年の人がいるところでただ過ごせたらいいなと思っています。'
      '小平に住んでいます。', ['ibasho'], 'self', flags=['in_person'], home='東京都/小平市', age=[19, 19],
      note='intent: a drop-in place, not counselling'),
]

# ---- conditions (7)
Q += [
    q('condition', '電話だけで相談したいです。土日もやってるところ、群馬で', ['consultation', 'hotline'], flags=['kw:電話', 'weekend'],
      home='群馬県', note='phone only + weekend; no Gunma phone line at weekends: national lines count fully (condition first)'),
    q('condition', '東村山か小平で、無料で参加できる家族会', ['family'], 'family', flags=['free'], home='東京都',
      g2=['東京都/東村山市', '東京都/小平市'], g1=['東京都/東久留米市', '東京都/清瀬市', '東京都/西東京市', '埼玉県/所沢市'],
      group=True, note='two towns: home = prefecture; free + for parents'),
    q('condition', '予約なしで行ける仕事の相談、練馬で', ['employment'], 'self', flags=['no_reservation', 'in_person'],
      home='東京都/練馬区', pref_g2=True, note='no reservation'),
    q('condition', '日曜に行ける女子会　和歌山市', ['peer', 'ibasho'], 'self', flags=['weekend', 'in_person'], hard=['women_only'],
      home='和歌山県/和歌山市', groups=['women'], note='women only + Sunday'),
    q('condition', '金曜か土曜の夜に行ける居場所　岸和田', ['ibasho'], 'self', flags=['evening', 'weekend', 'in_person'],
      home='大阪府/岸和田市', note='evening + weekend'),
    q('condition', "Is there an online ibasho I can join as a teenager? I'm 16.", ['ibasho'], 'self', hard=['online'],
      age=[16, 16], groups=['school'], note='English; online + young; no place: national only'),
    q('condition', '名前を言わなくても参加できる当事者会、丸亀にありますか', ['peer'], 'self', flags=['anonymous_ok'],
      home='香川県/丸亀市', note='anonymous'),
]

if __name__ == '__main__':
    assert len(Q) == 40, len(Q)
    crit = {'_meta': {'description': 'own4: 40 fresh questions (sealed estimate); graded by /work/main/bench/own/grade.py'}}
    with open(os.path.join(HERE, 'queries-own4.tsv'), 'w', encoding='utf-8') as f:
        f.write('qid\ttext\tlat\tlon\n')
        for i, c in enumerate(Q, 1):
            c['set'] = 'own4'
            c.setdefault('note', '')
            qid = 'o4-%02d' % i
            crit[qid] = c
            loc = c['location']
            f.write('%s\t%s\t%s\t%s\n' % (qid, c['text'], loc['lat'] if loc else '', loc['lon'] if loc else ''))
    with open(os.path.join(HERE, 'criteria-own4.json'), 'w', encoding='utf-8') as f:
        json.dump(crit, f, ensure_ascii=False, indent=1)
