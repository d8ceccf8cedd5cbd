import { expect, type Page } from "@playwright/test";
import Papa from "papaparse";
import { FORMULA_LEADERS } from "../support/hostile";

// Checks shared by the hostile-input specs: nothing the corpus carries ran, rendered as markup or
// widened the page, and CSV cells cannot run as spreadsheet formulas.

/** Records every dialog the page opens (none may open: alert(1) in the corpus would). */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", async (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return opened;
}

/** No payload ran and none became an element: no __xss, no img[src=x], no inline handlers, no javascript: links. */
export async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      imgX: document.querySelectorAll('img[src="x"]').length,
      iframes: document.querySelectorAll("iframe").length,
      inlineHandlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).map((el) => el.outerHTML.slice(0, 120)),
      javascriptLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? el.getAttribute("formaction") ?? "")
        .filter((v) => v.replace(/[\s\u0000-\u001f]/g, "").toLowerCase().startsWith("javascript:"))
        // React's own placeholder on forms whose action is a server action.
        .filter((v) => !v.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.")),
      injectedScripts: [...document.scripts].filter((s) => (s.textContent ?? "").includes("__xss") && !(s.textContent ?? "").includes("self.__next_f")).length,
    };
  });
  expect(found, page.url()).toEqual({ xss: null, imgX: 0, iframes: 0, inlineHandlers: [], javascriptLinks: [], injectedScripts: 0 });
  expect(dialogs, page.url()).toEqual([]);
}

/** Each text appears verbatim as text (its first `length` characters, markup and all). */
export async function expectShownAsText(page: Page, texts: readonly string[], length = 160): Promise<void> {
  const content = (await page.locator("body").textContent()) ?? "";
  for (const text of texts) expect(content.includes(text.slice(0, length)), `${page.url()} shows ${JSON.stringify(text.slice(0, 40))}… as text`).toBe(true);
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Nothing scrolls sideways at desktop and at phone width. The page is resized in place, so
 * responsive parts (the charts) get a moment to lay themselves out again.
 */
export async function expectNoSideScroll(page: Page): Promise<void> {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
        message: `${page.url()} scrolls sideways at ${size.width} px`,
      })
      .toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(DESKTOP);
}

/** All of the above on the page as it is now. */
export async function expectHostileSafe(page: Page, dialogs: string[], texts: readonly string[] = []): Promise<void> {
  await expectInert(page, dialogs);
  await expectShownAsText(page, texts);
  await expectNoSideScroll(page);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Text cells of a CSV that a spreadsheet would run as a formula (numbers like -3 are fine). */
export function formulaCells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  return parsed.data.flat().filter((cell) => FORMULA_LEADERS.some((l) => cell.startsWith(l)) && !NUMBER.test(cell));
}
