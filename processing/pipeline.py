"""The processing stage: every stored document not yet analysed for this home and model version
is segmented, classified, tagged, summarised, clustered and ranked, in batches over the cores.

Incremental and resumable: a batch is written in one transaction, and the next run picks up
whatever has no analysis of its current text for (home, model version), so a new model
version or a revised document is processed again and nothing else is.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from processing import classify as classify_mod
from processing.classify import KNOWN_IN_BATCH, Classifier, Item, Leader, leaders_from_settings
from processing.classify import KNOWN_POST_TEXT_CHARS as KNOWN_POST_OPENING
from processing.dedup import Clusterer, sketch_and_opening
from processing.keywords import KeywordExtractor
from processing.rank import importance
from processing.summarize import summarize
from processing.text import Segmenter, clean
from processing.topics import TopicTagger, load_taxonomy
from siqing import clock
from siqing.config import Config
from siqing.divisions import Division, default_gazetteer
from siqing.errors import SiqingError
from siqing.store import Store

logger = logging.getLogger(__name__)
PIPELINE_VERSION = "p1"
CLUSTER_WINDOW_DAYS = 30
INLINE_BELOW = 64  # smaller batches are not worth starting worker processes for


def model_version() -> str:
    """The version analyses are stored under: the classifier's and this pipeline's."""
    return f"{getattr(classify_mod, 'MODEL_VERSION', 'rules')}+{PIPELINE_VERSION}"


@dataclass
class Analyzer:
    """Everything needed to analyse one document, built once per worker process."""

    home: Division
    userdict: Path
    taxonomy: Path
    summary_chars: int = 120
    leaders: tuple[Leader, ...] = ()  # the configured leaders: a headline led by one is decided by the office

    def __post_init__(self) -> None:
        self.segmenter = Segmenter(self.userdict)
        self.classifier = Classifier(self.home, leaders=self.leaders)
        self.tagger = TopicTagger(load_taxonomy(self.taxonomy))
        self.keywords = KeywordExtractor()

    @staticmethod
    def _regions(actor: Any, title: str, body: str, source_region: str | None) -> list[str]:
        """Division codes an item concerns (issue 19): its actor's region first, then the places its
        title and opening name; the publishing site's region when nothing else tells."""
        from processing.regions import default_finder

        codes: list[str] = []
        place = getattr(actor, "region", None)
        if place is not None and getattr(place, "code", None):
            codes.append(place.code)
        for d in default_finder.divisions(f"{title}\n{body[:1500]}", source_region or None):
            if d.code not in codes and d.code != "000000":
                codes.append(d.code)
        if not codes and source_region:
            codes.append(source_region)
        return codes[:8]

    def analyse(self, doc: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
        title = clean(doc["title"])
        body = clean(doc["body"])
        verdict = self.classifier.classify(item_of_document(doc, source, title, body))
        # The body is segmented once: its search terms (cut_for_search) are derived from the words.
        title_words = self.segmenter.cut(title)
        body_words = self.segmenter.cut(body[:20000])
        actor = getattr(verdict, "actor", None)
        regions = getattr(verdict, "regions", None) or self._regions(actor, title, body, source.get("region_code"))
        topics = self.tagger.tag(title, body)
        return {
            "document_id": doc["id"],
            "content_hash": doc["content_hash"],
            "kind": verdict.kind,
            "confidence": float(verdict.confidence),
            "reason": verdict.reason,
            "actor": str(getattr(actor, "text", actor) or "") or None,
            "regions": [getattr(r, "code", r) for r in regions],
            "topics": topics,
            "keywords": self.keywords.extract(title_words + body_words),
            "summary": summarize(title, body, self.summary_chars),
            "fts": (" ".join(self.segmenter.search_terms(title_words)),
                    " ".join(self.segmenter.search_terms(body_words))),
            # for the repost clusters, computed here on the workers: the parent only joins them
            "sketch": (*sketch_and_opening(doc["title"] or "", doc["body"]),
                       {"source_id": doc.get("source_id"), "published_at": doc.get("published_at"), "topics": topics}),
        }


def item_of_document(doc: dict[str, Any], source: dict[str, Any], title: str | None = None,
                     body: str | None = None) -> Item:
    """What the classifier reads of a stored document (title and body cleaned when not given)."""
    return Item(
        title=clean(doc["title"]) if title is None else title,
        text=(clean(doc["body"]) if body is None else body)[:2000],
        url=doc.get("url") or "",
        source_name=source.get("name") or doc.get("source_name") or "",
        source_region=source.get("region_code"),
        published_at=doc.get("published_at"),
    )


# The reason of a verdict on a person leading a headline whose post the rules could not tell (the person and unknown
# paths): such documents are looked up in the recent documents after the run (_read_known_posts).
POST_UNKNOWN_MARK = "职务不明"
KNOWN_IN_STORE = "据近期其他文档"  # the reason's word for a post read in another stored document (not KNOWN_IN_BATCH)


def _read_known_posts(cfg: Config, store: Store, home: Division, version: str, new_ids: list[int],
                      unclustered: list[int], sources: dict[str, dict[str, Any]], since: str, *,
                      written_only: bool = False) -> int:
    """The run's documents led by a person whose post the rules could not tell, and the window's earlier ones whose
    person the run's documents name, read again beside the recent documents (those of the clustering window): the
    post another of them writes before the same name decides (市委书记赵一德… stored last week beside today's
    赵一德赴淳安调研, and today's 市委书记赵一德… beside last week's 赵一德赴淳安调研), as Classifier.classify_all reads a
    batch. Their analyses are updated; returns how many.

    Only a run that wrote something reads: what was read before can be told only by what came since. A run
    interrupted before this step left its documents unclustered (`unclustered`): they count as written by this one,
    unless `written_only` (a node of several, whose unclustered documents may be another node's still at work). An
    analysis staff have before them (a briefing's item, a label) is left as it is, and so is one written again
    meanwhile. Reading the same store twice changes nothing more. A failure here is logged and counted as none: the
    clustering and ranking after it still run."""
    try:
        return _update_known_posts(cfg, store, home, version, new_ids, [] if written_only else unclustered,
                                   sources, since)
    except SiqingError:
        raise
    except Exception:  # (an extra reading, not the analysis: the run goes on without it)
        logger.exception("reading people's posts from the recent documents failed; the run goes on without it")
        return 0


def _person_named(actor: str | None) -> str:
    """The name of a person of unknown post as the analysis keeps it (周先旺（职务不明）, 人物「许科敏」…)."""
    name = (actor or "").split("（")[0]
    return name.removeprefix("人物「").split("」")[0]


def _update_known_posts(cfg: Config, store: Store, home: Division, version: str, new_ids: list[int],
                        unclustered: list[int], sources: dict[str, dict[str, Any]], since: str) -> int:
    fresh = sorted(set(new_ids) | set(unclustered))
    if not fresh:
        return 0
    marked = store.analyses_marked(home.code, version, fresh, POST_UNKNOWN_MARK)
    # (an earlier document of the window is read again only if a document of this run names its person: nothing
    # else can tell it more than when it was last read)
    opened = store.document_openings(fresh, 2 * KNOWN_POST_OPENING)
    said = "\n".join(f"{d['title']}\n{d['opening'] or ''}" for d in opened.values())
    for doc, (digest, kept) in store.analyses_marked_since(home.code, version, since, POST_UNKNOWN_MARK).items():
        name = _person_named(kept)
        if doc not in marked and len(name) >= 2 and name in said:
            marked[doc] = digest
    for doc in store.documents_before_staff(home.code, sorted(marked)) if marked else ():
        del marked[doc]
    if not marked:
        return 0
    full: dict[int, dict[str, Any]] = {}
    ids = sorted(marked)
    for i in range(0, len(ids), 500):
        full.update(store.get_documents(ids[i : i + 500]))
    # (a document revised since it was analysed is analysed again by the next run, not here)
    persons = [doc for doc in ids if doc in full and full[doc]["content_hash"] == marked[doc]]
    if not persons:
        return 0
    def opening_item(d: dict[str, Any]) -> Item:
        # (a post is read from a title and the first sentences after it: the openings, not the whole texts)
        return item_of_document({**d, "body": d["opening"] or ""}, sources.get(d["source_id"], {}))

    context = [opening_item(d) for doc, d in opened.items() if doc not in full]
    window = [doc for doc in store.recent_document_ids(since) if doc not in full and doc not in opened]
    for i in range(0, len(window), 5000):
        context.extend(opening_item(d) for d in store.document_openings(window[i : i + 5000],
                                                                        2 * KNOWN_POST_OPENING).values())
    clf = Classifier(home, leaders=leaders_from_settings(cfg.settings))
    verdicts = clf.classify_all([item_of_document(full[doc], sources.get(full[doc]["source_id"], {}))
                                 for doc in persons], context=context)
    updates: list[tuple[int, dict[str, Any]]] = []
    for doc, v in zip(persons, verdicts, strict=True):
        if v.path != "known":
            continue
        actor = v.actor
        d = full[doc]
        regions = Analyzer._regions(actor, clean(d["title"]), clean(d["body"]),
                                    sources.get(d["source_id"], {}).get("region_code"))
        # (the post was read in another stored document, of this run or of the window's: so the staff are told)
        reason = v.reason.replace(KNOWN_IN_BATCH, KNOWN_IN_STORE)
        updates.append((doc, {"kind": v.kind, "confidence": float(v.confidence), "reason": reason,
                              "actor": str(getattr(actor, "text", actor) or "") or None,
                              "regions": json.dumps([getattr(r, "code", r) for r in regions], ensure_ascii=False)}))
    # (only where the analysis is still of the text read: another process may have analysed a revision meanwhile)
    return store.update_analyses_unchanged(home.code, version, updates, {doc: marked[doc] for doc, _ in updates})


_worker: Analyzer | None = None


_worker_args: tuple[Any, ...] | None = None


def _init_worker(home_code: str, userdict: str, taxonomy: str, summary_chars: int,
                 leaders: tuple[Leader, ...] = ()) -> None:
    """Build the analyser once per process; a forked worker inherits the parent's, ready to use."""
    global _worker, _worker_args
    args = (home_code, userdict, taxonomy, summary_chars, leaders)
    if _worker is not None and _worker_args == args:
        return
    home = default_gazetteer.get(home_code)
    assert home is not None, home_code
    _worker = Analyzer(home, Path(userdict), Path(taxonomy), summary_chars, leaders)
    _worker_args = args


def _warm(analyzer: Analyzer) -> None:
    """Load what every document needs (dictionary, region index, model) before workers are forked.

    The text names a township (街道) under a district, so the townships are loaded here too, once:
    otherwise every worker read them on its first such document (0.2-0.6 CPU s each)."""
    analyzer.analyse({"id": 0, "title": "济南市人大常委会召开会议",
                      "body": "济南市历下区泉城路街道人大工委召开会议，审议了有关报告。", "content_hash": ""}, {})


# What `Analyzer.analyse` reads of a document: only these are sent to the workers (a stored document also
# holds its attachments' text, headers and paths, which would be pickled for nothing).
DOC_FIELDS = ("id", "title", "body", "url", "source_id", "source_name", "published_at", "content_hash")


def _pairs(docs: list[dict[str, Any]], sources: dict[str, dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, source) pairs for `_analyse_batch`, each document cut to what the analysis reads."""
    return [({k: d.get(k) for k in DOC_FIELDS}, sources.get(d["source_id"], {})) for d in docs]


def _analyse_batch(batch: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[dict[str, Any]]:
    assert _worker is not None
    out = []
    for doc, source in batch:
        try:
            out.append(_worker.analyse(doc, source))
        except SiqingError:
            raise
        except Exception as exc:  # one bad document must not stop the stage; it is counted
            out.append({"document_id": doc["id"], "error": f"{exc.__class__.__name__}: {exc}"})
    return out


def _sources(store: Store) -> dict[str, dict[str, Any]]:
    out = {}
    for row in store.source_rows():
        region = row.get("region") or ""
        try:
            code = default_gazetteer.resolve(region).code if region else None
        except SiqingError:
            code = None
        out[row["id"]] = {**row, "region_code": code}
    return out


def _executor(workers: int, init_args: tuple[Any, ...]) -> ProcessPoolExecutor:
    """Worker processes for the analysis.

    Forking copies the warmed analyser for free, but forking a process that runs other threads
    (`siqing serve`: the scheduler's threads) can copy a lock some thread holds and hang the child.
    So: fork only when this is the only thread; otherwise start workers from a clean server
    process, each loading its own analyser.
    """
    if threading.active_count() == 1:
        _init_worker(*init_args)
        assert _worker is not None
        _warm(_worker)
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_init_worker, initargs=init_args)
    ctx = multiprocessing.get_context("forkserver")
    # The server process imports this module (and so the analyser's) once; each worker forks from it
    # instead of importing them again: a pool of 2 starts in ~0.5 s instead of ~4 s, on every run of
    # `serve`. (No effect once the server runs; importing this module starts no thread.)
    ctx.set_forkserver_preload(["__main__", __name__])
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=init_args)


def process(cfg: Config, store: Store, *, since: str | None = None, workers: int | None = None,
            progress: Callable[[str, dict[str, int]], None] | None = None) -> dict[str, Any]:
    """Analyse what is pending; return counts. `progress(stage, counts)` is called after each batch is
    written (stage "batch") and before clustering (stage "cluster"): the CLI's progress line."""
    step = progress or (lambda stage, counts: None)
    home = cfg.home
    version = model_version()
    p = cfg.settings.processing
    workers = workers or p.workers or os.cpu_count() or 1
    sources = _sources(store)
    counts = {"processed": 0, "failed": 0, "clusters_joined": 0}
    executor: ProcessPoolExecutor | None = None
    inline: Analyzer | None = None
    init_args = (home.code, str(cfg.userdict_path), str(cfg.taxonomy_path), cfg.settings.briefing.summary_chars,
                 tuple(leaders_from_settings(cfg.settings)))
    new_ids: list[int] = []
    sketches: dict[int, Any] = {}
    after = 0
    # The clustering window is taken when the run starts, and the run's documents are placed in their
    # clusters batch by batch while the workers analyse the next ones (`_RunClusters`).
    since_window = clock.stamp(clock.now() - timedelta(days=CLUSTER_WINDOW_DAYS))
    run = _RunClusters(store, home.code, version, since_window)
    # Pool mode is pipelined: the next batch is analysed on the workers while this process writes the
    # previous one, so the writes cost no worker time. Batches are still written in order, each in
    # one transaction, so an interrupted run resumes from the first unwritten document.
    in_flight: list[Any] | None = None
    in_flight_after = 0  # the last id of the batch in flight: no later batch holds a lower one
    try:
        while True:
            docs = store.pending_documents(home.code, version, since=since, limit=p.batch_size * max(workers, 1),
                                           after_id=after, columns=DOC_FIELDS)
            rows: list[dict[str, Any]] | None = None
            if docs:
                after = docs[-1]["id"]
                pairs = _pairs(docs, sources)
                if executor is None and (len(pairs) < INLINE_BELOW or workers <= 1):
                    if inline is None:
                        _init_worker(*init_args)
                        inline = _worker
                    rows = _analyse_batch(pairs)
                else:
                    if executor is None:
                        executor = _executor(workers, init_args)
                    size = max(1, len(pairs) // (workers * 4))
                    submitted = [executor.submit(_analyse_batch, pairs[i : i + size])
                                 for i in range(0, len(pairs), size)]
            if in_flight is not None:
                written = len(new_ids)
                _write([r for f in in_flight for r in f.result()], store, home.code, version, counts, new_ids,
                       sketches)
                in_flight = None
                run.place(store, new_ids[written:], sketches, in_flight_after)
                step("batch", counts)
            if rows is not None:
                written = len(new_ids)
                _write(rows, store, home.code, version, counts, new_ids, sketches)
                run.place(store, new_ids[written:], sketches, after)
                step("batch", counts)
            elif docs:
                in_flight, in_flight_after = submitted, after
            if not docs:
                break
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    # Called even when nothing new was analysed: it also finishes what an interrupted run left unclustered.
    finish_run(cfg, store, home, version, new_ids, sources, sketches, counts, since=since_window, run=run,
               before_clustering=lambda: step("cluster", counts))
    return counts


def finish_run(cfg: Config, store: Store, home: Division, version: str, new_ids: list[int],
               sources: dict[str, dict[str, Any]], sketches: dict[int, Any], counts: dict[str, Any], *,
               since: str, run: _RunClusters | None = None, one_of_several: bool = False,
               before_clustering: Callable[[], None] | None = None) -> None:
    """What follows the batches of a run, on one node or on each of several (processing.parallel): the posts of
    the people leading headlines read from the recent documents (counts["posts_known"]), then the repost
    clusters and the ranks (counts["clusters_joined"]). since: the start of the clustering window.
    one_of_several: a node's run, whose posts are read only when it wrote something (documents left unclustered
    may be another node's, still at work)."""
    # (the analyses' clusters are read once for both steps: reading posts changes no cluster)
    heads = {doc: cl for doc, cl, _ in store.cluster_heads(home.code, version)}
    counts["posts_known"] = _read_known_posts(cfg, store, home, version, new_ids,
                                              [doc for doc, cl in heads.items() if cl is None], sources, since,
                                              written_only=one_of_several)
    if before_clustering is not None:
        before_clustering()
    counts["clusters_joined"] = _cluster_and_rank(cfg, store, home.code, version, set(new_ids), sources, sketches,
                                                  since=since, run=run, heads=heads)


class _RunClusters:
    """The run's repost clusters, placed batch by batch as the batches are written.

    `Clusterer.add_many` places the window's documents in id order, each against those before it;
    calls on consecutive runs of that order place them as one call does. A batch is placed with the
    window's earlier-analysed documents up to its last id (`frontier`): no later batch of the run holds
    a lower id. At the end (`finish`) the order one call would use is built as before and compared
    with what was placed: the same documents with the same known clusters and, for those read from
    the store, the same text. If it is not a prefix of that order (a document revised or analysed by
    another process meanwhile), the clusters are made again in one call."""

    def __init__(self, store: Store, home: str, version: str, since: str) -> None:
        self.home, self.version, self.since = home, version, since
        self.clusterer = Clusterer()
        self.placed: list[tuple[int, int | None]] = []  # (document, known cluster) in the order placed
        self.out: list[int] = []  # the cluster each was placed in
        self.info: dict[int, dict[str, Any]] = {}  # what ranking needs of each
        self.read: dict[int, str] = {}  # content hash of each document read from the store
        self.earlier: list[int] | None = None  # the window's documents analysed before, ascending
        self.heads: dict[int, int | None] = {}
        self.done = 0  # how many of `earlier` are placed

    def place(self, store: Store, ids: list[int], sketches: dict[int, Any], frontier: int) -> None:
        """Place the batch just written (its analysed ids, their sketches) and the window's earlier
        documents up to frontier."""
        if self.earlier is None:  # the window's analysed documents (only theirs are read: a store holds many)
            recent = store.recent_document_ids(self.since)
            self.heads = {doc: cl for doc, cl, _ in store.cluster_heads(self.home, self.version, doc_ids=recent)}
            mine = set(ids)
            self.earlier = [d for d in recent if d in self.heads and d not in mine]
        stop = self.done
        while stop < len(self.earlier) and self.earlier[stop] <= frontier:
            stop += 1
        written = set(ids) | set(self.info)
        older = [d for d in self.earlier[self.done:stop] if d not in written]  # not analysed again in this run
        self.done = stop
        made = {d: sketches[d] for d in ids}
        made.update(self._read(store, older))
        items = []
        for doc_id in sorted(made):
            sk, opened, self.info[doc_id] = made[doc_id]
            given = None if doc_id in ids or self.heads.get(doc_id) is None else self.heads[doc_id]
            items.append((doc_id, sk, opened, given))
            self.placed.append((doc_id, given))
        self.out += self.clusterer.add_many(items)

    def _read(self, store: Store, ids: list[int]) -> dict[int, Any]:
        out = {}
        for i in range(0, len(ids), 1000):
            for doc_id, d in store.get_documents(ids[i : i + 1000]).items():
                self.read[doc_id] = d["content_hash"]
                out[doc_id] = (*sketch_and_opening(d.get("title") or "", d["body"]),
                               {"source_id": d["source_id"], "published_at": d.get("published_at")})
        return out

    def finish(self, store: Store, want: list[tuple[int, int | None]]) -> Clusterer | None:
        """The clusters of the documents in `want` (the one call's order and known clusters), or None
        when what was placed is not the start of it."""
        n = len(self.placed)
        if want[:n] != self.placed:
            return None
        read = sorted(self.read)
        if read and store.document_hashes(read) != self.read:
            return None
        rest = self._read(store, [d for d, _ in want[n:]])
        if len(rest) != len(want) - n:
            return None
        items = []
        for doc_id, given in want[n:]:
            sk, opened, self.info[doc_id] = rest[doc_id]
            items.append((doc_id, sk, opened, given))
        self.out += self.clusterer.add_many(items)
        self.placed += want[n:]
        return self.clusterer


def _write(rows: list[dict[str, Any]], store: Store, home: str, version: str, counts: dict[str, int],
           new_ids: list[int], sketches: dict[int, Any]) -> None:
    """Store one analysed batch (analyses and full text) in order; count what failed."""
    good = [r for r in rows if "error" not in r]
    sketches.update((r["document_id"], r.pop("sketch")) for r in good)
    for r in rows:
        if "error" in r:
            counts["failed"] += 1
            logger.warning("processing failed for document %s: %s", r["document_id"], r["error"])
    # One transaction: a document is analysed and searchable, or neither (siqing check).
    store.save_analyses(home, version, good, fulltext=[(r["document_id"], *r["fts"]) for r in good])
    new_ids.extend(r["document_id"] for r in good)
    counts["processed"] += len(good)


def _cluster_and_rank(cfg: Config, store: Store, home: str, version: str, new_ids: set[int],
                      sources: dict[str, dict[str, Any]], sketches: dict[int, Any] | None = None,
                      since: str | None = None, run: _RunClusters | None = None,
                      heads: dict[int, int | None] | None = None) -> int:
    """Place new documents in repost clusters, then rank every member of the clusters touched.

    since: the start of the clustering window (30 days before now when not given). run: the clusters
    placed batch by batch during the run, used when they are those one call makes here. heads: every
    analysis's cluster (document -> cluster id), when the caller has just read them."""
    since = since or clock.stamp(clock.now() - timedelta(days=CLUSTER_WINDOW_DAYS))
    if heads is None:
        heads = {doc: cl for doc, cl, _ in store.cluster_heads(home, version)}
    # An analysis without a cluster was written by a run interrupted before this step: it is new here,
    # or it would stay unranked and its reposts unfolded for good.
    new_ids = new_ids | {doc for doc, cl in heads.items() if cl is None}
    if not new_ids:
        return 0
    recent = sorted(set(store.recent_document_ids(since)) | new_ids)
    if run is not None:
        want = [(d, None if d in new_ids else heads.get(d)) for d in recent if d in heads]
        streamed = run.finish(store, want)
        if streamed is not None:
            joined = sum(1 for (doc_id, _), cl in zip(run.placed, run.out, strict=True)
                         if doc_id in new_ids and cl != doc_id)
            _rank(cfg, store, home, version, new_ids, sources, streamed, run.info)
            return joined
        logger.info("clusters placed during the run are not this store's now: made again in one call")
    made = dict(sketches or {})
    # What clustering and ranking need of each document: the workers sent it for the new ones; the
    # others (analysed by an earlier run) are read a thousand at a time, their bodies dropped.
    earlier = [doc_id for doc_id in recent if doc_id not in made and doc_id in heads]
    for i in range(0, len(earlier), 1000):
        chunk = store.get_documents(earlier[i : i + 1000])
        for doc_id, d in chunk.items():
            made[doc_id] = (*sketch_and_opening(d.get("title") or "", d["body"]),
                            {"source_id": d["source_id"], "published_at": d.get("published_at")})
        del chunk
    docs: dict[int, dict[str, Any]] = {}
    items: list[tuple[int, Any, tuple[str, str, bool], int | None]] = []
    for doc_id in recent:
        if doc_id not in heads or doc_id not in made:
            continue
        sk, opened, docs[doc_id] = made.pop(doc_id)
        items.append((doc_id, sk, opened, None if doc_id in new_ids else heads.get(doc_id)))
    clusterer = Clusterer()
    placed = clusterer.add_many(items)
    joined = sum(1 for (doc_id, *_), cl in zip(items, placed, strict=True) if doc_id in new_ids and cl != doc_id)
    del items
    _rank(cfg, store, home, version, new_ids, sources, clusterer, docs)
    return joined


def _rank(cfg: Config, store: Store, home: str, version: str, new_ids: set[int], sources: dict[str, dict[str, Any]],
          clusterer: Clusterer, docs: dict[int, dict[str, Any]]) -> None:
    """Rank every member of the clusters the new documents are in; write clusters and importance."""
    members = clusterer.clusters()
    touched = {clusterer.cluster_of[i] for i in new_ids if i in clusterer.cluster_of}
    # Topics of the documents analysed in this run came with their sketches; the others' are read.
    analyses = store.analyses_for(home, version, [m for cl in touched for m in members[cl] if "topics" not in docs[m]])
    focus = cfg.settings.processing.focus_topics
    today = clock.today()
    authorities: dict[str, float] = {}
    updates = []
    for cl in touched:
        copies = len({docs[m]["source_id"] for m in members[cl]})
        for m in members[cl]:
            topics = docs[m].get("topics")
            if topics is None:
                a = analyses.get(m)
                if a is None:
                    continue
                topics = a["topics"]
            sid = docs[m]["source_id"]
            if sid not in authorities:
                authorities[sid] = float((_source_cfg(sources.get(sid, {}))).get("authority", 0.5))
            updates.append((m, {"cluster_id": cl, "importance": importance(
                authority=authorities[sid], copies=copies, topics=topics, focus_topics=focus,
                published=docs[m].get("published_at"), today=today)}))
    store.update_analyses(home, version, updates)


def _source_cfg(src: dict[str, Any]) -> dict[str, Any]:
    try:
        return dict(json.loads(src.get("config") or "{}"))
    except ValueError:
        return {}
