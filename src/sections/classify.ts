/**
 * Section keys from heading text (SPEC §2, DOMAIN §3.1–3.3). Content decides, never the
 * ordinal: "四、存在问题" is problems_improvements wherever it sits.
 *
 * - standard: the 2019/2021 template wording (and its observed variants);
 * - keyword: legacy wording, matched per topic. A heading joining topics with 及/和/与/、
 *   ("依申请公开办理及收费减免情况") gets the first topic as key and the others as
 *   secondary keys; within one topic the LAST keyword is the head noun, so
 *   "依申请信息公开收费及减免情况" is about fees, not applications;
 * - none: a real part with no standard home (具体作法, 取得了成效) → unclassified;
 * - trap: a row label of the section 三 table that looks like a heading.
 */
import { compactForMatch } from "../normalize/fold.js";
import type { SectionKey } from "../schema/report.js";

export type Strength = "standard" | "keyword" | "none" | "trap";

export interface Classification {
  key: SectionKey;
  secondary_keys: SectionKey[];
  strength: Strength;
}

/** The section 三 table's own row labels (DOMAIN §3.4 trap 3) and other table captions. */
const TRAP = /本年新收|上年结转|本年度办理结果|结转下年度|继续办理|^第二十条|^(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)$/;

/** Standard headings (compact, folded), with the variants of DOMAIN §3.2. */
const STANDARD: [RegExp, SectionKey][] = [
  [/^(政府信息公开)?(工作)?总体情况$/, "overview"],
  [/^主动公开政府信息(工作)?(的)?情况$/, "proactive_disclosure"],
  [/^收到和处理政府信息公开申请(的)?情况$/, "applications"],
  [/^(因)?政府信息公开(工作)?(被申请)?行政复议[、,，和及与]?(提起)?行政诉讼(的)?情况$/, "review_litigation"],
  [/^(政府信息公开)?(工作)?存在的?主要问题(及|和|与)改进情况$|^存在(的)?问题(及|和)改进情况$/, "problems_improvements"],
  [/^其他需要报告的?事项$/, "other_matters"],
];

/** Topic keywords; order inside a topic does not matter, the position in the text does. */
const TOPICS: [RegExp, SectionKey][] = [
  [/概述|基本情况|总体情况|总体工作情况|基本工作情况|工作概况|总体概况/g, "overview"],
  [/主动公开|主要公开政府信息/g, "proactive_disclosure"],
  [/依申请|申请公开|不予公开|收到和处理|处理政府信息公开申请/g, "applications"],
  [/收费|减免/g, "fees"],
  [/复议|诉讼|申诉/g, "review_litigation"],
  [/问题|改进|不足|打算|整改|努力方向|下一步/g, "problems_improvements"],
  [/其[他它]需要|需要报告|需要说明|其[他它]相关|其[他它]事项/g, "other_matters"],
];

/** Part titles that are the overview only when they open the report (DOMAIN §3.3). */
const FIRST_ONLY_OVERVIEW = /^(政府信息公开|信息公开|政务公开)(工作)?(的)?(开展)?情况$/;
/** "公开政府信息情况": a legacy part that holds proactive disclosure (often with more). */
const GENERIC_DISCLOSURE = /^(政府信息|公开政府信息|政府信息公开|信息公开)(的)?(公开)?情况$/;

/** Strip the ordinal-free heading to its comparable core: folded, compact, no end punctuation. */
export function headingCore(title: string): string {
  return compactForMatch(title)
    .replace(/^[*#\s]+|[*#\s]+$/g, "")
    .replace(/[。.:：;；,，、]+$/u, "")
    // a bracketed note after the name: "(单位：件)", "(2022年度)"
    .replace(/[(（][^()（）]{1,15}[)）]$/u, "");
}

function topicKeys(core: string): SectionKey[] {
  const segments = core.split(/及|和|与|以及|、|暨|并/);
  const keys: SectionKey[] = [];
  for (const seg of segments) {
    let best: { pos: number; key: SectionKey } | null = null;
    for (const [re, key] of TOPICS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(seg)) !== null) if (best === null || m.index >= best.pos) best = { pos: m.index, key };
    }
    if (best && !keys.includes(best.key)) keys.push(best.key);
  }
  return keys;
}

/**
 * @param first whether this is the first heading of the report (工作情况 is the overview
 *              only there)
 */
export function classifyHeading(title: string, first = false): Classification {
  const core = headingCore(title);
  if (core === "" || TRAP.test(core)) return { key: "unclassified", secondary_keys: [], strength: "trap" };
  for (const [re, key] of STANDARD) if (re.test(core)) return { key, secondary_keys: [], strength: "standard" };
  if (first && FIRST_ONLY_OVERVIEW.test(core)) return { key: "overview", secondary_keys: [], strength: "keyword" };
  if (/工作情况概述|情况概述/.test(core)) return { key: "overview", secondary_keys: [], strength: "keyword" };
  if (/^其[他它](情况|工作)?$/.test(core)) return { key: "other_matters", secondary_keys: [], strength: "keyword" };
  const keys = topicKeys(core);
  if (keys.length > 0) return { key: keys[0]!, secondary_keys: keys.slice(1), strength: "keyword" };
  if (GENERIC_DISCLOSURE.test(core)) return { key: "proactive_disclosure", secondary_keys: [], strength: "keyword" };
  return { key: "unclassified", secondary_keys: [], strength: "none" };
}

/** Canonical order of the six standard keys (fees/unclassified have none). */
export const KEY_ORDER: Partial<Record<SectionKey, number>> = {
  overview: 1,
  proactive_disclosure: 2,
  applications: 3,
  review_litigation: 4,
  problems_improvements: 5,
  other_matters: 6,
};
