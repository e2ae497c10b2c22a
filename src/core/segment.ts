/**
 * Chinese word segmentation through nodejieba, loaded lazily: its dictionary costs about a
 * second on first use, so nothing on the decode path (or any path that does not segment)
 * may load it. Loaded at most once per process (and so once per worker).
 */
import { createRequire } from "node:module";

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
}

let jieba: Jieba | null = null;

/** True once nodejieba has been loaded in this process. */
export function segmenterLoaded(): boolean {
  return jieba !== null;
}

function load(): Jieba {
  if (jieba === null) {
    const require = createRequire(import.meta.url);
    jieba = require("nodejieba") as Jieba;
  }
  return jieba;
}

/** Split Chinese text into words (jieba's precise mode with HMM for unknown words). */
export function segment(text: string): string[] {
  return load().cut(text, true);
}
