/**
 * The search page's client code. All decisions live in src/lib/search (query preparation,
 * URL state, facets, merging, excerpts); this file wires them to Pagefind and the DOM.
 *
 * Pagefind's bundle (/pagefind/pagefind.js, its WebAssembly and index chunks) is loaded on
 * first use: when the page opens with a query in its URL, or when the reader first
 * focuses the search box. A large archive also has a recent index (the newest plans, see
 * src/lib/search/recent-index.ts), searched first so that the first results do not wait
 * for the whole archive to be scored, and its whole index may be in year shards
 * (src/lib/search/index-shards.ts), searched together and merged. The manifest
 * (src/lib/search/index-manifest.ts) says which.
 */
import { unfoldForDisplay } from '../lib/search/fold';
import { documentNumberSlug, documentsWithNumber, prepareQuery, wordsSearchNeeded } from '../lib/search/query';
import { FACETS, decodeFacetValue, facetOptions, type FacetKey } from '../lib/search/facets';
import { excerptParts, mergeRanked, resultTitle, type MatchKind, type Ranked } from '../lib/search/results';
import { pagefindSort, parseSearchState, searchStateToQuery, type SearchState } from '../lib/search/url-state';
import { withBase } from '../lib/urls';
import { MANIFEST_FILE, parseManifest, type IndexManifest } from '../lib/search/index-manifest';
import { mergeCounts, mergeShardResponses, shardOrder, type FacetCounts } from '../lib/search/index-shards';
import { strictIndex } from '../lib/search/word-match';

/** The part of Pagefind's browser API this page uses (pagefind 1.6). */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; content?: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
type FilterOption = string | { any: string[] };
interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
  totalFilters: FacetCounts;
}
interface PagefindSearch {
  filters: () => Promise<FacetCounts>;
  search: (term: string | null, options?: { filters?: Record<string, FilterOption>; sort?: Record<string, string> }) => Promise<PagefindResponse>;
}
interface Pagefind extends PagefindSearch {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Another index in the same worker and WebAssembly module (pagefind 1.6). */
  createInstance: (options: { basePath: string }) => PagefindSearch & { options: (options: Record<string, unknown>) => Promise<void>; init: () => Promise<void> };
}

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#tim-kiem')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const sortSelect = form.querySelector<HTMLSelectElement>('#sap-xep')!;
const facetSelects = new Map<FacetKey, HTMLSelectElement>(FACETS.map((facet) => [facet.key, form.querySelector<HTMLSelectElement>(`select[data-facet="${facet.key}"]`)!]));
const status = document.querySelector<HTMLElement>('#trang-thai')!;
const output = document.querySelector<HTMLElement>('#ket-qua')!;

/** The index holds site paths (/ke-hoach/…); Pagefind prefixes them with baseUrl. */
const PAGEFIND_OPTIONS = { excerptLength: 24, baseUrl: withBase('/') };
let manifestLoading: Promise<IndexManifest> | null = null;
/** What the build wrote besides pagefind/ itself; a manifest that cannot be loaded or read is an index that cannot be loaded. */
function indexManifest(): Promise<IndexManifest> {
  manifestLoading ??= (async () => {
    const response = await fetch(withBase(`/pagefind/${MANIFEST_FILE}`));
    if (!response.ok) throw new Error(`${MANIFEST_FILE}: HTTP ${response.status}`);
    return parseManifest(await response.json());
  })();
  return manifestLoading;
}

let importing: Promise<Pagefind> | null = null;
/** Pagefind's module, its index not loaded yet. */
function pagefindModule(): Promise<Pagefind> {
  importing ??= (async () => {
    const url = new URL(withBase('/pagefind/pagefind.js'), location.origin).href;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options(PAGEFIND_OPTIONS);
    return module;
  })();
  return importing;
}

/**
 * Pagefind 1.6 runs every index in one worker. Two indexes loading at the same time there
 * overwrite each other's state (seen as one index asking for the chunks of another, which
 * do not exist at its path, and finding nothing), so indexes are loaded one after the
 * other: each until it has answered an empty search, which waits for its index to be
 * loaded and returns nothing.
 */
let loadQueue: Promise<unknown> = Promise.resolve();
function loadInTurn<T extends PagefindSearch>(load: () => Promise<T>): Promise<T> {
  const loaded = loadQueue.then(async () => {
    const index = await load();
    await index.search('');
    return index;
  });
  loadQueue = loaded.catch(() => undefined);
  return loaded;
}

/** Another index (a shard, the recent index) as an instance in Pagefind's worker. */
function instance(path: string): Promise<PagefindSearch> {
  return loadInTurn(async () => {
    const pf = await pagefindModule();
    const other = pf.createInstance({ basePath: withBase(`/pagefind/${path}`) });
    await other.options(PAGEFIND_OPTIONS);
    await other.init();
    return other;
  });
}

/** Several shards searched as one: each asked, the answers merged (index-shards.ts). */
function shardedSearch(shards: PagefindSearch[]): PagefindSearch {
  return {
    filters: async () => mergeCounts(await Promise.all(shards.map((shard) => shard.filters()))),
    search: async (term, options) => mergeShardResponses(await Promise.all(shards.map((shard) => shard.search(term, options))), shardOrder(options?.sort)),
  };
}

let loading: Promise<PagefindSearch> | null = null;
/** The whole archive: the index at pagefind/, with its other year shards when there are. */
function pagefind(): Promise<PagefindSearch> {
  loading ??= (async () => {
    // The module downloads while the manifest does.
    const [manifest] = await Promise.all([indexManifest(), pagefindModule()]);
    const root = loadInTurn(async () => {
      const module = await pagefindModule();
      await module.init();
      return module;
    });
    // Every index answers a loose query only with plans that have all its words (word-match.ts).
    if (!manifest.shards) return strictIndex(await root);
    return shardedSearch((await Promise.all([root, ...manifest.shards.slice(1).map((shard) => instance(shard.path))])).map((shard) => strictIndex(shard)));
  })();
  return loading;
}

let recentLoading: Promise<PagefindSearch | null> | null = null;
/**
 * The recent index when the build wrote one (the manifest says so), else null. It only
 * makes the first results come sooner: when it cannot be loaded, the whole index answers.
 */
function recentIndex(): Promise<PagefindSearch | null> {
  recentLoading ??= (async () => {
    const [manifest] = await Promise.all([indexManifest(), pagefindModule()]);
    if (!manifest.recent) return null;
    return instance(manifest.recent.path).then(
      (index) => strictIndex(index),
      (error: unknown) => {
        console.error(error);
        return null;
      },
    );
  })();
  return recentLoading;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function readForm(): SearchState {
  const params = new URLSearchParams();
  params.set('q', input.value);
  for (const [key, select] of facetSelects) params.set(key, select.value);
  params.set('sap-xep', sortSelect.value);
  return parseSearchState(params);
}

/** Puts a state into the form; facet options not yet known are added so the selection shows. */
function fillForm(state: SearchState) {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const [key, select] of facetSelects) {
    const id = state.facets[key] ?? '';
    if (id && ![...select.options].some((option) => option.value === id)) select.append(element('option', id, { value: id }));
    select.value = id;
  }
}

/** Pagefind's filter object for a selection: exact indexed values; an id the index does not know matches nothing. */
function pagefindFilters(state: SearchState, all: FacetCounts, except?: FacetKey): Record<string, FilterOption> {
  const filters: Record<string, FilterOption> = {};
  for (const [key, id] of Object.entries(state.facets) as [FacetKey, string][]) {
    if (key === except) continue;
    const value = Object.keys(all[key] ?? {}).find((candidate) => decodeFacetValue(candidate).id === id);
    filters[key] = value ?? `${id}|`;
  }
  return filters;
}

function renderFacets(state: SearchState, counts: Partial<Record<FacetKey, Record<string, number>>>, all: FacetCounts) {
  for (const [key, select] of facetSelects) {
    const selected = state.facets[key] ?? null;
    const options = facetOptions(key, counts[key] ?? {}, selected, select.dataset['order']?.split(' '));
    if (selected && !options.some((option) => option.selected)) {
      const known = Object.keys(all[key] ?? {})
        .map(decodeFacetValue)
        .find((value) => value.id === selected);
      options.unshift({ id: selected, label: known?.label ?? `${selected} (không có trong chỉ mục)`, value: '', count: 0, selected: true });
    }
    select.replaceChildren(element('option', 'Tất cả', { value: '' }));
    for (const option of options) {
      select.append(element('option', `${unfoldForDisplay(option.label)} (${option.count})`, { value: option.id }));
    }
    select.value = selected ?? '';
  }
}

async function renderResult(list: HTMLOListElement, ranked: Ranked<PagefindResult>) {
  const item = element('li', undefined, { class: 'result' });
  list.append(item);
  const data = await ranked.result.data();
  const heading = element('h3');
  heading.append(element('a', unfoldForDisplay(resultTitle(data.meta['title'] ?? data.url)), { href: data.url }));
  const issuer = data.filters['co-quan']?.[0];
  const facts = element('p', undefined, { class: 'result-meta' });
  facts.append(issuer ? unfoldForDisplay(decodeFacetValue(issuer).label) : '', ' · Số: ', unfoldForDisplay(data.meta['number'] ?? ''), ' · Ngày: ', unfoldForDisplay(data.meta['date'] ?? ''));
  const excerpt = element('p', undefined, { class: 'excerpt' });
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.mark ? element('mark', part.text) : part.text);
  item.append(heading, facts, excerpt);
}

let generation = 0;

/**
 * One search, shown in two steps. First the phrase search (or the only search), rendered
 * as soon as it returns: Pagefind's time grows with the number of matching plans, and the
 * phrase is both the first group shown and the faster search. Then, with the facet values
 * loaded (not before: at 10,000 plans they weigh more than the rest of a query), the
 * all-words search, the plans citing a document number and the facet counts.
 */
async function run(state: SearchState) {
  const current = ++generation;
  const stale = () => current !== generation;
  output.setAttribute('aria-busy', 'true');
  output.dataset['state'] = 'busy';
  status.textContent = 'Đang tìm…';
  const query = prepareQuery(state.q);
  // Without a query there is no relevance: newest first.
  const sort = pagefindSort(query.allWords === null && state.sort === 'lien-quan' ? 'moi-nhat' : state.sort);
  const numberSlug = documentNumberSlug(state.q);
  // Facet values are needed up front only to apply a facet from the URL.
  let all = Object.keys(state.facets).length > 0 ? await (await pagefind()).filters() : null;
  const options = () => ({ filters: all ? pagefindFilters(state, all) : {}, ...(sort ? { sort } : {}) });
  const view = new ResultsView(state, query.display, query.phrase !== null, numberSlug !== null);

  // First the newest plans (the recent index, when there is one; not for oldest first),
  // then the whole archive: the first results cost what the recent index costs.
  const recent = state.sort === 'cu-nhat' ? null : await recentIndex();
  const firstTerm = query.phrase ?? query.allWords;
  // Facet counts come with an answer only for facets whose values were loaded before it.
  const countedFirst = all !== null;
  const first = await (recent ?? (await pagefind())).search(firstTerm, options());
  if (stale()) return;
  const firstKind: MatchKind = query.phrase ? 'phrase' : 'words';
  if (first.results.length > 0) {
    await view.update(mergeRanked([{ kind: firstKind, results: first.results }]), false);
    if (stale()) return;
    output.dataset['state'] = 'first';
  }

  const pf = await pagefind();
  all ??= await pf.filters();
  const filters = pagefindFilters(state, all);
  // A document number also finds the plans that cite that document, however they wrote it
  // ("84/ KH-UBND"): through the cited-document facet, which holds the parser's keys.
  const documentValues = Object.keys(all['van-ban'] ?? {});
  const numbered = new Set(
    numberSlug
      ? documentsWithNumber(
          numberSlug,
          documentValues.map((value) => decodeFacetValue(value).id),
        )
      : [],
  );
  const citing = documentValues.filter((value) => numbered.has(decodeFacetValue(value).id));
  // The first search on the whole archive, again when the first one asked the recent index.
  const wholeFirst = recent ? pf.search(firstTerm, options()) : Promise.resolve(first);
  // All the words, unless their answer is known from the first search's (query.ts). Counts
  // need the facet values loaded: an answer given before they were is asked again for them.
  const manifest = await indexManifest();
  const allWords = wholeFirst.then((answer) =>
    wordsSearchNeeded(query, { phraseMatches: answer.results.length, plans: manifest.plans, narrowed: Object.keys(state.facets).length > 0 })
      ? pf.search(query.allWords, options())
      : recent || countedFirst
        ? answer
        : pf.search(firstTerm, options()),
  );
  const [whole, main, cites] = await Promise.all([
    recent ? wholeFirst : Promise.resolve(null),
    allWords,
    citing.length > 0 && !filters['van-ban'] ? pf.search(null, { ...options(), filters: { ...filters, 'van-ban': { any: citing } } }) : Promise.resolve(null),
  ]);
  // Counts for a facet that has a selection come from the search without it, so the
  // other values of that facet show what choosing them would give.
  const counts: Partial<Record<FacetKey, Record<string, number>>> = { ...main.filters };
  await Promise.all(
    (Object.keys(state.facets) as FacetKey[]).map(async (key) => {
      const without = await pf.search(query.allWords, { filters: pagefindFilters(state, all!, key) });
      counts[key] = without.filters[key] ?? {};
    }),
  );
  if (stale()) return;
  renderFacets(state, counts, all);
  await view.update(
    mergeRanked<PagefindResult>([
      { kind: firstKind, results: first.results },
      { kind: firstKind, results: whole?.results ?? null },
      { kind: 'words', results: main.results },
      { kind: 'cites', results: cites?.results ?? null },
    ]),
    true,
  );
  if (stale()) return;
  output.setAttribute('aria-busy', 'false');
  output.dataset['state'] = 'done';
}

/** The results of one search on the page: groups by kind of match, ten at a time. */
class ResultsView {
  private ranked: Ranked<PagefindResult>[] = [];
  private shown = 0;
  private readonly lists = new Map<MatchKind, HTMLOListElement>();
  private readonly more = element('button', 'Xem thêm kết quả', { type: 'button', class: 'more' });
  private readonly about: string;
  private readonly narrowed: string;
  private readonly headings: Record<MatchKind, string>;

  constructor(
    state: SearchState,
    display: string,
    private readonly phraseSearched: boolean,
    private readonly numberSearched: boolean,
  ) {
    output.replaceChildren();
    this.about = display ? ` cho “${display}”` : '';
    this.narrowed = Object.keys(state.facets).length > 0 ? ' (đã lọc)' : '';
    this.headings = {
      phrase: `Có nguyên cụm từ “${display}”`,
      words: numberSearched ? `Ghi số hiệu “${display}”` : 'Có đủ các từ',
      cites: `Trích dẫn văn bản ${display}`,
    };
    this.more.addEventListener('click', async () => {
      const before = this.shown;
      await this.showMore();
      // Keyboard and screen-reader users continue from the first new result.
      output.querySelectorAll<HTMLAnchorElement>('.result h3 a')[before]?.focus();
    });
  }

  /** Takes a longer ranking that starts with what is shown; fills the first page; says what was found. */
  async update(ranked: Ranked<PagefindResult>[], final: boolean) {
    this.ranked = ranked;
    const count = (kind: MatchKind) => ranked.filter((entry) => entry.kind === kind).length;
    if (final && ranked.length === 0) {
      status.textContent = `Không tìm thấy kế hoạch nào${this.about}${this.narrowed}.`;
      output.replaceChildren(element('p', 'Thử bỏ bớt bộ lọc, gõ ít từ hơn, hoặc xem danh sách kế hoạch theo tỉnh, năm, cơ quan.'));
      return;
    }
    if (!final) status.textContent = `Đã có ${ranked.length} kế hoạch${this.about}${this.phraseSearched ? ' có nguyên cụm từ' : ''}; đang tìm thêm…`;
    else {
      const details = [
        this.phraseSearched ? (count('phrase') > 0 ? `${count('phrase')} có nguyên cụm từ, xếp trước` : 'không kế hoạch nào có nguyên cụm từ') : null,
        count('cites') > 0 ? `${count('cites')} chỉ trích dẫn văn bản này` : null,
      ].filter((detail) => detail !== null);
      status.textContent = `Tìm thấy ${ranked.length} kế hoạch${this.about}${this.narrowed}${details.length > 0 ? `; ${details.join('; ')}` : ''}.`;
    }
    if (this.shown < PAGE_SIZE) await this.showMore(PAGE_SIZE - this.shown);
    else this.updateMore();
  }

  private listFor(kind: MatchKind) {
    let list = this.lists.get(kind);
    if (!list) {
      const section = element('section', undefined, { class: 'result-group', 'data-kind': kind });
      // Headings only when there is more than one kind of match to tell apart.
      if (this.phraseSearched || this.numberSearched) {
        const id = `nhom-${kind}`;
        section.setAttribute('aria-labelledby', id);
        section.append(element('h2', this.headings[kind], { id }));
      } else section.setAttribute('aria-label', 'Kết quả');
      list = element('ol');
      section.append(list);
      this.more.remove();
      output.append(section);
      this.lists.set(kind, list);
    }
    return list;
  }

  private async showMore(size = PAGE_SIZE) {
    const next = this.ranked.slice(this.shown, this.shown + size);
    this.shown += next.length;
    // Lists and items are created in rank order before their data arrives.
    const items = next.map((entry) => ({ entry, list: this.listFor(entry.kind) }));
    this.updateMore();
    await Promise.all(items.map(({ entry, list }) => renderResult(list, entry)));
  }

  private updateMore() {
    this.more.remove();
    if (this.shown < this.ranked.length) {
      this.more.textContent = `Xem thêm kết quả (còn ${this.ranked.length - this.shown})`;
      output.append(this.more);
    }
  }
}

/** Runs a search; when the index cannot be loaded or read, says so and points to browsing. */
function start(state: SearchState) {
  run(state).catch((error: unknown) => {
    loading = null;
    importing = null;
    recentLoading = null;
    output.setAttribute('aria-busy', 'false');
    output.dataset['state'] = 'error';
    status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử lại, hoặc xem danh sách kế hoạch theo tỉnh, năm, cơ quan.';
    output.replaceChildren(element('p', undefined));
    output.firstElementChild!.append(element('a', 'Tất cả kế hoạch', { href: withBase('/ke-hoach/') }));
    console.error(error);
  });
}

function search(push: boolean) {
  const state = readForm();
  const url = `${location.pathname}${searchStateToQuery(state)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  start(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(true);
});
for (const select of [...facetSelects.values(), sortSelect]) select.addEventListener('change', () => search(true));
// Loading starts when the reader focuses the box, the recent index first (it answers first);
// a failure is reported by the search itself.
input.addEventListener('focus', () => void Promise.all([recentIndex(), pagefind()]).catch(() => undefined), { once: true });
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  fillForm(state);
  start(state);
});

form.hidden = false;
document.querySelector('#can-javascript')?.remove();
const initial = parseSearchState(location.search);
fillForm(initial);
start(initial);
