"""The text model of the hybrid 四情 classifier: character 1–2-gram TF-IDF and logistic regression.

Place names never reach the model: every recognised division in the text is replaced by one
private-use character standing for its relation to the home (self, above, inside, elsewhere,
the nation, unknown), and the main actor's body and relation are added as indicator features.
What the model learns is therefore "a body above the home holds a meeting", not "山东省 …", so
it carries over to homes it was never trained on. Analysts' corrections are kept as exact
overrides per home as well as weighted training examples, so a correction always changes the
next model's answer for that item.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from processing.actors import Actor, ActorFinder, default_actor_finder
from siqing.divisions import Division, Gazetteer, default_gazetteer
from siqing.kinds import KINDS, RELATION_KIND

MODELS_DIR = Path(__file__).with_name("models")
# One private-use character per relation, so a place is one "character" to the n-gram vectoriser.
TOKENS = {"self": "\ue001", "above": "\ue002", "inside": "\ue003", "elsewhere": "\ue004",
          "nation": "\ue005", "unknown": "\ue006"}
TEXT_CHARS = 200  # of the body, after the headline
CORRECTION_WEIGHT = 20.0
_SPACE = re.compile(r"\s+")


def title_key(title: str) -> str:
    """The key an analyst's correction is remembered under: the headline without spaces."""
    return _SPACE.sub("", title or "")


@dataclass(slots=True)
class Example:
    """One training or test example: an item's fields, its gold kind and the home it is labelled for."""

    title: str
    text: str = ""
    url: str = ""
    source_name: str = ""
    source_region: str | None = None
    kind: str = ""
    home: str = ""
    weight: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


class Featurizer:
    """Home-relative text and indicator features of an item."""

    def __init__(self, gazetteer: Gazetteer | None = None, actors: ActorFinder | None = None) -> None:
        """Create a featurizer over the gazetteer and actor finder."""
        self.gazetteer = gazetteer or default_gazetteer
        self.actors = actors or default_actor_finder

    def source_division(self, source_region: str | None, source_name: str, url: str = "") -> Division | None:
        """The source's region as the rules read it: its code, else its name, else its host."""
        from processing.regions import default_locator

        return default_locator.locate(source_name, url, "", source_region).division

    def _relation(self, home: Division, place: Division | None) -> str:
        if place is None:
            return "unknown"
        if place.level == "nation":
            return "nation"
        return self.gazetteer.relation(home, place)

    def masked(self, home: Division, text: str, source: Division | None) -> str:
        """Text with every division mention replaced by its relation token."""
        if not text:
            return ""
        out: list[str] = []
        pos = 0
        for m in self.actors.finder.find(text, source):
            if m.start < pos:
                continue
            out.append(text[pos:m.start])
            if m.how == "relative" and m.division is None:
                out.append(text[m.start:m.end])  # 市人大: the level word stays, no place is known
            else:
                out.append(TOKENS[self._relation(home, m.division)])
            pos = m.end
        out.append(text[pos:])
        return "".join(out)

    def features(self, home: Division, title: str, text: str = "", source_region: str | None = None,
                 source_name: str = "", actor: Actor | None | bool = False,
                 url: str = "") -> tuple[str, str, dict[str, float]]:
        """(masked headline, masked body start, indicator features) relative to home."""
        source = self.source_division(source_region, source_name, url)
        body = (text or "")[:TEXT_CHARS]
        if actor is False:
            actor = self.actors.find(title, body, source)
        meta: dict[str, float] = {"src=" + self._relation(home, source): 1.0}
        if isinstance(actor, Actor):
            place = actor.region if actor.region is not None else source
            rel = self._relation(home, place)
            meta.update({"rel=" + rel: 1.0, "body=" + actor.body: 1.0, f"rb={rel}_{actor.body}": 1.0,
                         "from=" + actor.source: 1.0})
        else:
            meta["actor=none"] = 1.0
        return self.masked(home, title, source), self.masked(home, body, source), meta


default_featurizer = Featurizer()


def _title_analyzer(s: str) -> list[str]:
    """Character 1–2-grams with a start marker, so headline openings (⟨ABOVE⟩人大…) are features."""
    s = "^" + s
    return [s[i:i + n] for n in (1, 2) for i in range(len(s) - n + 1) if not s[i:i + n].isspace()]


_WS = re.compile(r"\s\s+")


def _text_analyzer(s: str) -> list[str]:
    """Character 1–2-grams of the body start (lower-cased, runs of white space as one)."""
    s = _WS.sub(" ", s.lower())
    return [s[i:i + n] for n in (1, 2) for i in range(len(s) - n + 1)]


def _tfidf(grams: list[str], vocab: dict[str, int], idf: Any, offset: int) -> tuple[list[int], list[float]]:
    """Sublinear TF-IDF, L2-normalised, of one text's n-grams: (feature indices, values)."""
    counts: dict[int, int] = {}
    for g in grams:
        j = vocab.get(g)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    if not counts:
        return [], []
    idx = list(counts)
    vals = [(1.0 + math.log(counts[j])) * float(idf[j]) for j in idx]
    norm = math.sqrt(sum(v * v for v in vals)) or 1.0
    return [offset + j for j in idx], [v / norm for v in vals]


class KindModel:
    """A trained model: vectorisers, a linear classifier and the analysts' overrides."""

    def __init__(self, version: str = "", overrides: dict[str, dict[str, str]] | None = None) -> None:
        """An untrained model; see `train`."""
        self.version = version
        self.overrides: dict[str, dict[str, str]] = overrides or {}
        self.title_vec: Any = None
        self.text_vec: Any = None
        self.meta_vec: Any = None
        self.clf: Any = None
        # The fitted model as plain arrays (see compact): prediction needs neither scikit-learn nor scipy.
        self.vocab: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
        self.idf: tuple[Any, Any] = (None, None)
        self.coef: Any = None
        self.intercept: Any = None
        self.classes: list[str] = []
        self.metrics: dict[str, Any] = {}
        self.featurizer: Featurizer = default_featurizer

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("featurizer", None)  # rebuilt on load: it holds the gazetteer
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.featurizer = default_featurizer

    # -- training --------------------------------------------------------------------------------------
    def _matrix(self, rows: Sequence[tuple[str, str, dict[str, float]]], fit: bool = False) -> Any:
        from scipy.sparse import hstack

        titles = [r[0] for r in rows]
        texts = [r[1] for r in rows]
        metas = [r[2] for r in rows]
        if fit:
            return hstack([self.title_vec.fit_transform(titles), self.text_vec.fit_transform(texts),
                           self.meta_vec.fit_transform(metas)]).tocsr()
        return hstack([self.title_vec.transform(titles), self.text_vec.transform(texts),
                       self.meta_vec.transform(metas)]).tocsr()

    def fit(self, examples: Sequence[Example]) -> KindModel:
        """Fit on examples (each relative to its own home)."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.title_vec = TfidfVectorizer(analyzer=_title_analyzer, sublinear_tf=True, min_df=2)
        self.text_vec = TfidfVectorizer(analyzer=_text_analyzer, sublinear_tf=True, min_df=2,
                                        max_features=50000)
        self.meta_vec = DictVectorizer()
        rows = [self._features(e) for e in examples]
        x = self._matrix(rows, fit=True)
        y = [e.kind for e in examples]
        self.clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        self.clf.fit(x, y, sample_weight=[e.weight for e in examples])
        self.compact()
        return self

    def compact(self) -> None:
        """Keep the fitted model as vocabularies, IDF weights and coefficients; drop the scikit-learn objects."""
        import numpy as np

        self.vocab = ({str(k): int(v) for k, v in self.title_vec.vocabulary_.items()},
                      {str(k): int(v) for k, v in self.text_vec.vocabulary_.items()},
                      {str(k): int(v) for k, v in self.meta_vec.vocabulary_.items()})
        self.idf = (np.asarray(self.title_vec.idf_, dtype=np.float64), np.asarray(self.text_vec.idf_, dtype=np.float64))
        coef = np.asarray(self.clf.coef_, dtype=np.float64)
        intercept = np.asarray(self.clf.intercept_, dtype=np.float64)
        self.classes = [str(c) for c in self.clf.classes_]
        if coef.shape[0] == 1:  # two classes: scikit-learn keeps one row
            coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
        self.coef, self.intercept = coef, intercept
        self.title_vec = self.text_vec = self.meta_vec = self.clf = None

    def _scores(self, feats: tuple[str, str, dict[str, float]]) -> Any:
        """Class probabilities of one featurised item (softmax of the linear scores)."""
        import numpy as np

        vt, vx, vm = self.vocab
        n_title, n_text = len(vt), len(vx)
        i1, v1 = _tfidf(_title_analyzer(feats[0]), vt, self.idf[0], 0)
        i2, v2 = _tfidf(_text_analyzer(feats[1]), vx, self.idf[1], n_title)
        i3 = [n_title + n_text + vm[k] for k in feats[2] if k in vm]
        v3 = [float(feats[2][k]) for k in feats[2] if k in vm]
        idx = np.asarray(i1 + i2 + i3, dtype=np.int64)
        z = self.intercept + (self.coef[:, idx] @ np.asarray(v1 + v2 + v3)) if len(idx) else self.intercept.copy()
        z = np.exp(z - z.max())
        return z / z.sum()

    def _features(self, e: Example) -> tuple[str, str, dict[str, float]]:
        home = self.featurizer.gazetteer.get(e.home)
        if home is None:
            raise ValueError(f"unknown home code {e.home!r}")
        return self.featurizer.features(home, e.title, e.text, e.source_region, e.source_name, url=e.url)

    # -- prediction ------------------------------------------------------------------------------------
    def override(self, home: Division, title: str) -> str | None:
        """The analysts' answer for this headline at this home, if they corrected it."""
        return self.overrides.get(home.code, {}).get(title_key(title))

    def predict_proba(self, home: Division, item: Any, actor: Actor | None | bool = False) -> dict[str, float]:
        """Probabilities per kind for an item (anything with title/text/source fields) relative to home."""
        over = self.override(home, getattr(item, "title", ""))
        if over is not None:
            return {k: (1.0 if k == over else 0.0) for k in KINDS}
        feats = self.featurizer.features(home, getattr(item, "title", ""), getattr(item, "text", ""),
                                         getattr(item, "source_region", None), getattr(item, "source_name", ""),
                                         actor, getattr(item, "url", ""))
        probs = self._scores(feats)
        return {k: float(p) for k, p in zip(self.classes, probs, strict=True)}

    def predict_many(self, examples: Sequence[Example]) -> list[str]:
        """Kinds for many examples at once (evaluation)."""
        out: list[str | None] = []
        todo: list[int] = []
        for i, e in enumerate(examples):
            home = self.featurizer.gazetteer.get(e.home)
            over = self.override(home, e.title) if home is not None else None
            out.append(over)
            if over is None:
                todo.append(i)
        if todo:
            for i in todo:
                probs = self._scores(self._features(examples[i]))
                out[i] = self.classes[int(probs.argmax())]
        return [k or "" for k in out]

    # -- persistence -----------------------------------------------------------------------------------
    def save(self, directory: Path) -> Path:
        """Write kind-<version>.joblib and kind-<version>.metrics.json into directory."""
        import joblib

        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"kind-{self.version}.joblib"
        joblib.dump(self, path, compress=3)
        (directory / f"kind-{self.version}.metrics.json").write_text(
            json.dumps(self.metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return path


# The featurizer reads the rules' actor (its body and relation): a change to what the rules find changes the
# features, so the rules' revision is part of the version as much as the data and the parameters.
FEATURES = "lr-c4-char12-f4-host-actors11"


def version_of(examples: Iterable[Example], params: str = FEATURES) -> str:
    """A version naming the training data and parameters: equal inputs give an equal version."""
    h = hashlib.sha256(params.encode())
    for e in examples:
        h.update(f"{e.home}\t{e.kind}\t{e.weight}\t{e.title}\t{e.text[:TEXT_CHARS]}\t{e.source_name}\t"
                 f"{e.source_region}\n".encode())
    return h.hexdigest()[:10]


def shipped_path(directory: Path = MODELS_DIR) -> Path | None:
    """The artefact in directory (the newest when several are there)."""
    found = sorted(directory.glob("kind-*.joblib"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def version_from_path(path: Path) -> str:
    """kind-<version>.joblib -> <version>."""
    return path.name[len("kind-"):-len(".joblib")]


_CACHE: dict[str, KindModel] = {}


def load(path: Path | None = None) -> KindModel | None:
    """Load an artefact (the shipped one by default); None when there is none."""
    import joblib

    path = path or shipped_path()
    if path is None:
        return None
    key = str(path.resolve())
    if key not in _CACHE:
        model = joblib.load(path)
        if not isinstance(model, KindModel):
            raise ValueError(f"{path}: not a kind model")
        _CACHE[key] = model
    return _CACHE[key]


# -- the labelled data ---------------------------------------------------------------------------------
DATA_DIR = MODELS_DIR / "data"
# Homes the real items are labelled for in training (a city, a province, a county, a municipality,
# another city); held-out files exist for these and for homes never trained on (山东省, 杭州市).
TRAIN_HOMES = ("370100", "330000", "410100", "370102", "310000")
EVAL_HOMES = ("370100", "330000", "370000", "330100")
UNSEEN_HOMES = ("370000", "330100")
WRITTEN_WEIGHT = 3.0  # the news-style items are few beside the regulations


def real_kind(place_code: str, home: Division, gazetteer: Gazetteer | None = None) -> str:
    """The kind of a real item enacted or issued by a body of place_code, for home."""
    gaz = gazetteer or default_gazetteer
    place = gaz.get(place_code)
    if place is None:
        raise ValueError(f"unknown place code {place_code!r}")
    return RELATION_KIND[gaz.relation(home, place)]


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def example_of(row: dict[str, Any], home: str, kind: str, weight: float = 1.0) -> Example:
    """An Example from a JSON object."""
    return Example(title=str(row.get("title") or ""), text=str(row.get("text") or ""), url=str(row.get("url") or ""),
                   source_name=str(row.get("source_name") or ""), source_region=row.get("source_region") or None,
                   kind=kind, home=home, weight=weight)


def real_examples(split: str, homes: Sequence[str], data_dir: Path = DATA_DIR) -> list[Example]:
    """Real items of a split labelled for each home."""
    out: list[Example] = []
    rows = [r for r in _read(data_dir / "real.jsonl") if r["split"] == split]
    for code in homes:
        home = default_gazetteer.get(code)
        assert home is not None, code
        out.extend(example_of(r, code, real_kind(r["place"], home)) for r in rows)
    return out


def written_rows(split: str | None = None, data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    """The written news-style items (labelled for their own home), of one split or all."""
    rows = _read(data_dir / "written.jsonl")
    return [r for r in rows if split is None or r["split"] == split]


def heldout_rows(home: str, data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    """The held-out real items of a home (committed file when there is one, else from the test split)."""
    path = data_dir / f"heldout_{home}.jsonl"
    if path.exists():
        return _read(path)
    division = default_gazetteer.get(home)
    assert division is not None, home
    return [{**r, "kind": real_kind(r["place"], division), "home": home}
            for r in _read(data_dir / "real.jsonl") if r["split"] == "test"]


HEADLINES = "headlines.jsonl"
HEADLINE_WEIGHT = 2.0  # real news headlines beside the regulations (3.0 let 1,062 headlines x 8 homes outweigh the relation a chain of places reads, model-alone test)


def headline_rows(split: str, data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    """The real headline corpus (labels per home) of one split, one row per (item, home) with `kind` and `home`."""
    path = data_dir / HEADLINES
    if not path.exists():
        return []
    out: list[dict[str, Any]] = []
    for r in _read(path):
        if r.get("split") != split:
            continue
        for home, lab in (r.get("labels") or {}).items():
            if isinstance(lab, dict) and lab.get("kind") in KINDS:
                out.append({**r, "home": str(home), "kind": lab["kind"]})
    return out


def training_examples(corrections: Sequence[dict[str, Any]] = (), data_dir: Path = DATA_DIR) -> list[Example]:
    """The training set: real train split for the training homes, written train split, the headline
    corpus's train split (every home it is labelled for; never its dev or test part), corrections."""
    ex = real_examples("train", TRAIN_HOMES, data_dir)
    ex += [example_of(r, r["home"], r["kind"], WRITTEN_WEIGHT) for r in written_rows("train", data_dir)]
    ex += [example_of(r, r["home"], r["kind"], HEADLINE_WEIGHT) for r in headline_rows("train", data_dir)]
    ex += [example_of(r, r["home"], r["kind"], CORRECTION_WEIGHT) for r in corrections]
    return ex


def train(corrections: Sequence[dict[str, Any]] = (), data_dir: Path = DATA_DIR) -> KindModel:
    """Fit a model on the labelled data plus analysts' corrections (rows with home, kind, title, ...)."""
    examples = training_examples(corrections, data_dir)
    overrides: dict[str, dict[str, str]] = {}
    for r in corrections:
        overrides.setdefault(str(r["home"]), {})[title_key(str(r.get("title") or ""))] = str(r["kind"])
    model = KindModel(version_of(examples), overrides)
    model.fit(examples)
    model.metrics = {"version": model.version, "trained_on": {
        "real": sum(1 for e in examples if e.weight == 1.0), "written": len(written_rows("train", data_dir)),
        "headlines": len(headline_rows("train", data_dir)),
        "corrections": len(corrections), "homes": list(TRAIN_HOMES)}}
    return model


# -- calibration ---------------------------------------------------------------------------------------
# The hybrid's raw confidence (a rule's constant or the model's probability) mapped to the share of
# items right at that confidence, fitted by isotonic regression on the headline corpus's dev part
# (never its test part), apart for verdicts the rules decided and those the text model decided.


def fit_calibration(points: Sequence[tuple[str, float, bool]]) -> dict[str, Any]:
    """Isotonic maps per path from (path, raw confidence, right) points; a path with few points is left as is."""
    from sklearn.isotonic import IsotonicRegression

    out: dict[str, Any] = {"n": len(points), "paths": {}}
    for path in sorted({p for p, _c, _r in points}):
        xs = [c for p, c, _r in points if p == path]
        ys = [1.0 if r else 0.0 for p, _c, r in points if p == path]
        if len(xs) < 20:
            continue
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(xs, ys)
        out["paths"][path] = {"x": [round(float(v), 4) for v in iso.X_thresholds_],
                              "y": [round(float(v), 4) for v in iso.y_thresholds_], "n": len(xs)}
    return out


def apply_calibration(table: dict[str, Any] | None, path: str, conf: float, fallback: str | None = None) -> float:
    """The calibrated confidence of a raw one: by the map of path (such as rules:near), else of fallback
    (rules), else unchanged."""
    if not table:
        return conf
    paths = table.get("paths", {})
    m = paths.get(path) or (paths.get(fallback) if fallback else None)
    if not m:
        return conf
    xs, ys = m["x"], m["y"]
    if conf <= xs[0]:
        return float(ys[0])
    if conf >= xs[-1]:
        return float(ys[-1])
    import bisect

    k = bisect.bisect_right(xs, conf)
    x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
    return float(y0 + (y1 - y0) * (conf - x0) / (x1 - x0)) if x1 > x0 else float(y1)


def calibration_path(model_path: Path) -> Path:
    """kind-<version>.joblib -> kind-<version>.calibration.json (a calibration belongs to one model)."""
    return model_path.with_name(model_path.name[: -len(".joblib")] + ".calibration.json")


def load_calibration(model_path: Path | None) -> dict[str, Any] | None:
    """The calibration shipped beside a model, or None."""
    if model_path is None:
        return None
    p = calibration_path(model_path)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
