/**
 * Finding support resources: loading resources.csv, Japanese analysis and the Lucene index,
 * understanding a question (place, who is asking, what, conditions, "not in my town"), and
 * rule-aware ranking with honest widening. Also the batch search and benchmark commands.
 */
package jp.junction.bot.search;
