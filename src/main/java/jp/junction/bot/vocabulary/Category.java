package jp.junction.bot.vocabulary;

/**
 * A kind of help a resource offers ({@code category} in resources.csv), declared in the order the
 * chat names them; the words for each live in the dialogs ({@code category.<code>}).
 */
public enum Category implements Coded {
  /** 相談窓口 */
  CONSULTATION,
  /** 居場所 */
  IBASHO,
  /** 当事者会・自助グループ */
  PEER,
  /** 家族会・親の会・家族教室 */
  FAMILY,
  /** 就労支援 */
  EMPLOYMENT,
  /** 電話・SNS相談 */
  HOTLINE,
  /** 学び・不登校支援 */
  LEARNING,
  /** 医療・精神保健 */
  MEDICAL,
  /** 訪問支援 */
  OUTREACH
}
