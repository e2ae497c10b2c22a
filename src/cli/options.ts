import { InvalidArgumentError, Option } from "commander";
import { validateEncodingName } from "../decode/index.js";

/** `--encoding NAME`, shared by every command that reads reports. */
export function encodingOption(): Option {
  return new Option(
    "--encoding <name>",
    "skip detection and decode as NAME (utf-8, gb18030, gbk, big5, utf-16le, utf-16be…)",
  ).argParser((v) => {
    try {
      return validateEncodingName(v);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  });
}

/** `-f, --format` with a fixed set of choices. */
export function formatOption(choices: string[], defaultHelp: string): Option {
  return new Option("-f, --format <format>", `output format (${defaultHelp})`).choices(choices);
}
