import type { Page } from '@playwright/test';

/**
 * Our card lives in a closed shadow root, which page scripts (and Playwright's selectors) cannot
 * enter. The tests read it as a debugger does, through the DevTools protocol's pierced DOM, and
 * press its buttons with real (trusted) mouse clicks at their positions, as a user would.
 */

interface CdpNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface CardState {
  title: string;
  text: string;
  /** aria-pressed of the Save button. */
  saved: string | null;
  /** Centre of each button, by its class. */
  buttons: Record<string, { x: number; y: number }>;
  /** The element that has focus inside the card, by class. */
  focused: string | null;
}

/** Our UI hosts on the page (their tag is random per load). */
export function uiHosts(page: Page) {
  return page.locator('xpath=/html/*[starts-with(local-name(), "vanban-watch-")]');
}

/** The first element of ours with `localName` and class `className`, inside one of our hosts. */
function findOurs(node: CdpNode, localName: string, className: string, insideHost = false): CdpNode | undefined {
  const isHost = node.localName?.startsWith('vanban-watch-') ?? false;
  const at = node.attributes?.indexOf('class') ?? -1;
  const classes = at >= 0 ? (node.attributes?.[at + 1] ?? '') : '';
  if ((insideHost || isHost) && node.localName === localName && classes.split(' ').includes(className)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findOurs(child, localName, className, insideHost || isHost);
    if (found) return found;
  }
  return undefined;
}

const findCard = (root: CdpNode) => findOurs(root, 'section', 'card');

/** The text of the hover hint over a highlight, or undefined when none is shown. */
export async function readHint(page: Page): Promise<string | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hint = findOurs(root, 'div', 'hint');
    if (!hint) return undefined;
    const { outerHTML } = (await session.send('DOM.getOuterHTML', { nodeId: hint.nodeId })) as { outerHTML: string };
    return outerHTML.replace(/<[^>]*>/g, '');
  } finally {
    await session.detach();
  }
}

/** The open card, read through the pierced DOM, or undefined when none is open. */
export async function readCard(page: Page): Promise<CardState | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const card = findCard(root);
    if (!card) return undefined;
    const { object } = (await session.send('DOM.resolveNode', { nodeId: card.nodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const buttons = {};
        for (const button of this.querySelectorAll('button')) {
          const box = button.getBoundingClientRect();
          buttons[button.className] = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        const active = this.getRootNode().activeElement;
        return {
          title: this.querySelector('.title')?.textContent ?? '',
          text: this.textContent ?? '',
          saved: this.querySelector('button.save')?.getAttribute('aria-pressed') ?? null,
          buttons,
          focused: active && this.contains(active) ? active.className : null,
        };
      }`,
    })) as { result: { value: CardState } };
    return result.value;
  } finally {
    await session.detach();
  }
}

/** Clicks the card's button of class `name` with a real mouse click. */
export async function clickCardButton(page: Page, name: string): Promise<void> {
  // The card may still grow (a fuller reading of its finding arrives): click where the button stays.
  let point = (await readCard(page))?.buttons[name];
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(100);
    const now = (await readCard(page))?.buttons[name];
    if (point && now && now.x === point.x && now.y === point.y) break;
    point = now;
  }
  if (!point) throw new Error(`no card button .${name}`);
  await page.mouse.click(point.x, point.y);
}
