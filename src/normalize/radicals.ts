/**
 * Kangxi radicals (U+2F00–2FD5) and CJK radicals supplement (U+2E80–2EF3) → the unified
 * ideographs they stand for. PDF text extracted with PyMuPDF or pdfminer (and copied from
 * some PDF viewers) carries them where the font maps a glyph to its radical: ⼀、本年新收, ⼈⺠政府.
 * They look the same as the ideographs and no report means them as radicals, so the normalized
 * and table lines read them as the ideographs (one UTF-16 unit for one: columns and lines stay).
 *
 * Generated from Unicode 15.0 EquivalentUnifiedIdeograph.txt (Debian unicode-data,
 * /usr/share/unicode): every radical in those two blocks whose equivalent is in the BMP
 * (fourteen map to astral ideographs and are left as they are). RADICALS[i] reads as IDEOGRAPHS[i].
 */
export const RADICALS =
  "⺁⺂⺃⺄⺅⺆⺈⺉⺊⺋⺌⺍⺎⺏⺐⺒⺓⺔⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺫⺬⺭⺯⺰⺱⺲⺳⺴⺶⺹⺺⺻⺼⺾⺿⻀⻁⻂⻃⻄⻅⻆" +
  "⻈⻉⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓" +
  "⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏" +
  "⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋" +
  "⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇" +
  "⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕";

export const IDEOGRAPHS =
  "厂乛乚乙亻冂刀刂卜㔾小小兀尣尢巳幺彑忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王目示礻糹纟罓罒㓁冗羊耂肀聿肉艹艹艹虎衤覀西见角" +
  "讠贝车辶辶辶邑钅長镸长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹" +
  "匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋" +
  "比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸" +
  "虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻" +
  "黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

const FIRST = 0x2e80;
const LAST = 0x2fdf;

/** TO[u - FIRST]: the ideograph code unit radical u stands for, or 0. */
const TO: Uint16Array = (() => {
  const t = new Uint16Array(LAST - FIRST + 1);
  if (RADICALS.length !== IDEOGRAPHS.length) throw new Error("radicals.ts: RADICALS and IDEOGRAPHS differ in length");
  for (let i = 0; i < RADICALS.length; i++) t[RADICALS.charCodeAt(i) - FIRST] = IDEOGRAPHS.charCodeAt(i);
  return t;
})();

const target = (u: number): number => (u >= FIRST && u <= LAST ? TO[u - FIRST]! : 0);
/** Any character of the two blocks: a native scan, so the lines without one (all but a few) cost little. */
const IN_BLOCKS = /[\u2e80-\u2fdf]/;

/** How many radicals s holds that foldRadicals would change. */
export function countRadicals(s: string): number {
  if (!IN_BLOCKS.test(s)) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (target(s.charCodeAt(i)) !== 0) n++;
  return n;
}

/** s with every listed radical read as its ideograph; s itself (no copy) when it holds none. */
export function foldRadicals(s: string): string {
  if (!IN_BLOCKS.test(s)) return s;
  let out = "";
  let from = 0; // s[from..i) is copied as it is
  for (let i = 0; i < s.length; i++) {
    const to = target(s.charCodeAt(i));
    if (to === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
