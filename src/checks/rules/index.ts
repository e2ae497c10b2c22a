/** Every per-report rule, in the order results are listed: exact rules first. */
import applicationsBalance from "./applications-balance.js";
import applicationsNonnegative from "./applications-nonnegative.js";
import applicationsOutcomeSum from "./applications-outcome-sum.js";
import applicationsRowTotal from "./applications-row-total.js";
import applicationsTextVsTable from "./applications-text-vs-table.js";
import article20Nonnegative from "./article20-nonnegative.js";
import article20PublishedLeTotal from "./article20-published-le-total.js";
import reviewLitigationBlockTotal from "./review-litigation-block-total.js";
import type { Rule } from "../rule.js";

export const RULES: Rule[] = [
  applicationsBalance,
  applicationsRowTotal,
  applicationsOutcomeSum,
  reviewLitigationBlockTotal,
  applicationsNonnegative,
  applicationsTextVsTable,
  article20Nonnegative,
  article20PublishedLeTotal,
];
