// An editor's browser, reduced to what the durability tests need: it calls the server actions
// over HTTP exactly as Next's client runtime does (React's own reply encoder, the `Next-Action`
// header with the action's id from the build, the session cookie), and decodes the answer with
// React's own Flight client. "Acknowledged" means what the editor's screen would show: the action
// answered `{ ok: true, version }`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type FlightClient = {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromFetch<T>(response: Promise<Response>, options: { serverConsumerManifest: unknown }): Promise<T>;
};

const require = createRequire(import.meta.url);
// The copy Next ships and its browser runtime uses (the edge build needs no bundler globals).
const flight = require('next/dist/compiled/react-server-dom-webpack/client.edge') as FlightClient;
// Answers to our actions carry plain data only, never client components.
const CONSUMER_MANIFEST = { moduleMap: {}, serverModuleMap: null, moduleLoading: null };

export type ActionName = 'signInAction' | 'createStoryAction' | 'saveStoryAction';

/** Action ids of the production build in `.next` (they change with every build). */
export function readActionIds(projectDir = process.cwd()): Record<ActionName, string> {
  const manifest = JSON.parse(readFileSync(path.join(projectDir, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const idOf = (name: ActionName) => {
    const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
    if (!entry) throw new Error(`${name} is not in the build's server-reference manifest: run \`npm run build\``);
    return entry[0];
  };
  return { signInAction: idOf('signInAction'), createStoryAction: idOf('createStoryAction'), saveStoryAction: idOf('saveStoryAction') };
}

/** Only this machine: the durability scripts never send their load anywhere else. */
export function assertLoopback(baseUrl: string): void {
  const host = new URL(baseUrl).hostname;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(host)) throw new Error(`Refusing to send test load to ${host}: loopback only`);
}

export type SaveFields = {
  translationId: number;
  baseVersion: number;
  title: string;
  slug: string;
  summary: string;
  bodyText: string;
  autosave: boolean;
  note?: string;
};

export type SaveAnswer =
  | { ok: true; version: number; slug: string; savedAt: string }
  | { ok: false; error: string; conflict?: { version: number } };

/** What a call came to: an answer with a status, or no answer at all (connection refused or cut). */
export type CallOutcome<T> = { kind: 'answer'; status: number; value: T | null; redirect: string | null; ms: number } | { kind: 'noAnswer'; error: string; ms: number };

export class EditorSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly ids: Record<ActionName, string>,
    readonly email: string,
  ) {
    assertLoopback(baseUrl);
  }

  /** A copy that talks to another server process (same build, same database, same cookies). */
  via(baseUrl: string): EditorSession {
    const copy = new EditorSession(baseUrl, this.ids, this.email);
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    return copy;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  /** Posts an action from `pagePath`, as the page's own JavaScript would. */
  async call<T>(pagePath: string, action: ActionName, args: unknown[], timeoutMs = 30_000): Promise<CallOutcome<T>> {
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(new URL(pagePath, this.baseUrl), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Next-Action': this.ids[action], Accept: 'text/x-component', Origin: this.baseUrl, Cookie: this.cookieHeader() },
        body: await flight.encodeReply(args),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'noAnswer', error: describe(error), ms: performance.now() - started };
    }
    this.keepCookies(response);
    const redirect = response.headers.get('x-action-redirect');
    const isFlight = (response.headers.get('content-type') ?? '').includes('text/x-component');
    try {
      if (response.status !== 200 || redirect || !isFlight) {
        // A redirect's answer is the next page's render; a failure's is an error page.
        await response.arrayBuffer();
        return { kind: 'answer', status: response.status, value: null, redirect, ms: performance.now() - started };
      }
      const root = await flight.createFromFetch<{ a: Promise<T> }>(Promise.resolve(response), { serverConsumerManifest: CONSUMER_MANIFEST });
      const value = await root.a;
      return { kind: 'answer', status: response.status, value, redirect: null, ms: performance.now() - started };
    } catch (error) {
      // The connection broke while the answer was arriving: the editor saw no answer.
      return { kind: 'noAnswer', error: describe(error), ms: performance.now() - started };
    }
  }

  /** Signs in through the sign-in page's action; true when it sent the editor on to the admin. */
  async signIn(password: string): Promise<boolean> {
    const form = new FormData();
    form.set('email', this.email);
    form.set('password', password);
    form.set('locale', 'en');
    form.set('callbackUrl', '/en/admin');
    const outcome = await this.call('/en/admin/sign-in', 'signInAction', [null, form]);
    return outcome.kind === 'answer' && outcome.status === 200 && Boolean(outcome.redirect?.includes('/en/admin')) && this.cookies.size > 0;
  }

  /** Creates a draft story as the "New story" page does; returns its id. */
  async createStory(title: string): Promise<number> {
    const form = new FormData();
    form.set('kind', 'story');
    form.set('sourceLocale', 'en');
    form.set('locale', 'en');
    form.set('title', title);
    const outcome = await this.call('/en/admin/stories/new', 'createStoryAction', [null, form]);
    const id = outcome.kind === 'answer' ? /\/admin\/stories\/(\d+)/.exec(outcome.redirect ?? '')?.[1] : undefined;
    if (!id) throw new Error(`Creating a story failed: ${JSON.stringify(outcome)}`);
    return Number(id);
  }

  /** Saves a working copy as the story editor does (manual save or autosave). */
  save(storyId: number, fields: SaveFields): Promise<CallOutcome<SaveAnswer>> {
    const form = new FormData();
    form.set('translationId', String(fields.translationId));
    form.set('title', fields.title);
    form.set('slug', fields.slug);
    form.set('summary', fields.summary);
    form.set('dateline', '');
    form.set('publishedAt', '');
    form.set('kind', 'story');
    form.set('topics', '');
    form.set('seoTitle', '');
    form.set('seoDescription', '');
    if (!fields.autosave) form.set('note', fields.note ?? '');
    form.set('baseVersion', String(fields.baseVersion));
    form.set('body', JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: fields.bodyText }] }] }));
    form.set('autosave', fields.autosave ? '1' : '');
    return this.call<SaveAnswer>(`/en/admin/stories/${storyId}`, 'saveStoryAction', [null, form]);
  }

  /** A GET with the session, as a browser tab would load an admin page. */
  async get(pagePath: string): Promise<{ status: number; body: string; ms: number } | { status: 0; error: string; ms: number }> {
    const started = performance.now();
    try {
      const response = await fetch(new URL(pagePath, this.baseUrl), { redirect: 'manual', headers: { Cookie: this.cookieHeader() }, signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      return { status: response.status, body, ms: performance.now() - started };
    } catch (error) {
      return { status: 0, error: describe(error), ms: performance.now() - started };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
