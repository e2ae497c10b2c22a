import { describe, expect, it } from "vitest";
import { compactForMatch, countPinyin, countTraditional, foldForMatch } from "../src/normalize/fold.js";

describe("foldForMatch", () => {
  it("removes pinyin injected after characters", () => {
    expect(foldForMatch("政(zheng)府(fu)信(xin)息公开")).toBe("政府信息公开");
    expect(countPinyin("政(zheng)府(fu)信息")).toBe(2);
  });
  it("keeps parentheses that are not pinyin", () => {
    expect(foldForMatch("（一）予以公开")).toBe("(一)予以公开");
    expect(foldForMatch("益阳教育网(http://www.yiyedu.com/)")).toBe("益阳教育网(http://www.yiyedu.com/)");
  });
  it("folds Traditional characters and Taiwan vocabulary", () => {
    expect(foldForMatch("行政規範性檔案")).toBe("行政规范性文件");
    expect(foldForMatch("本年新製作數量")).toBe("本年新制作数量");
    expect(foldForMatch("政府集中採購")).toBe("政府集中采购");
    expect(countTraditional("規範性檔案")).toBe(3);
    // Simplified text is untouched, including the real word 档案 (archives)
    expect(foldForMatch("市教育局档案室")).toBe("市教育局档案室");
  });
  it("folds full-width digits, letters and spaces", () => {
    expect(foldForMatch("２０２１年　ＡＢ")).toBe("2021年 AB");
    expect(compactForMatch("三、本 年度办 理结果")).toBe("三、本年度办理结果");
  });
});
