"""Full-text search on PostgreSQL with the rules of SQLite's FTS5 path.

Both stores index the same jieba-segmented text (words joined by spaces). FTS5's unicode61
tokenizer splits it at every character that is not a letter or digit and lowercases; `tokens` does
the same here, so a PostgreSQL `tsvector` is built in Python from the very tokens FTS5 sees,
positions included (the title first, weight A; the body after it, weight D), and handed to the
server as a literal: no text-search parser or locale of the server takes part.

A search text reaches the store as an FTS5 expression (search.match_expression); `to_tsquery`
translates the subset that siqing writes (quoted phrases, AND, OR, NOT, parentheses,
NEAR(... , N)) into a `tsquery`. NEAR(a b, N) becomes "b within N+1 positions after or before a",
pairwise along the list, which is FTS5's rule for two phrases.
"""

from __future__ import annotations

import re

from siqing.errors import UsageError

_SPLIT = re.compile(r"[\W_]+", re.UNICODE)  # unicode61 splits at "_" too
MAX_POSITION = 16383  # PostgreSQL keeps positions up to this; later ones share it
MAX_LEXEME_BYTES = 2046
# ts_rank's weights are {D, C, B, A}: the body (D) counts 1, the title (A) 3, as bm25(3.0, 1.0) does.
RANK_WEIGHTS = "{0.1, 0.0, 0.0, 0.3}"


def tokens(segmented: str) -> list[str]:
    """The tokens FTS5's unicode61 tokenizer finds in a segmented text, lowercased."""
    return [w for w in _SPLIT.split(segmented.lower()) if w]


def _lexeme(word: str) -> str:
    raw = word.encode("utf-8")[:MAX_LEXEME_BYTES].decode("utf-8", "ignore")
    return "'" + raw.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title: str, body: str) -> str:
    """A `tsvector` in PostgreSQL's input syntax: the title's tokens at weight A, then the body's."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for weight, part in (("A", title), ("", body)):
        for word in tokens(part):
            pos += 1
            plist = positions.setdefault(word, [])
            if len(plist) < 256:  # PostgreSQL keeps at most 256 positions a lexeme
                plist.append(f"{min(pos, MAX_POSITION)}{weight}")
    return " ".join(f"{_lexeme(w)}:{','.join(dict.fromkeys(p))}" for w, p in positions.items())


_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*")|(NEAR\s*\()|(\()|(\))|(,\s*\d+\s*\))|(\S+))')


def to_tsquery(match: str) -> str:
    """The `tsquery` (PostgreSQL input syntax) of an FTS5 expression as siqing writes them.

    Raises UsageError for what it cannot read, as FTS5 does for a syntax error.
    """
    items: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(match):
        phrase, near_open, lp, rp, dist, bare = m.groups()
        if phrase is not None:
            items.append(("phrase", phrase[1:-1].replace('""', '"')))
        elif near_open is not None:
            items.append(("near", ""))
        elif lp is not None:
            items.append(("(", ""))
        elif rp is not None:
            items.append((")", ""))
        elif dist is not None:
            items.append(("dist", dist.strip(" ,)")))
        elif bare in ("AND", "OR", "NOT"):
            items.append((bare, ""))
        elif bare is not None:
            items.append(("phrase", bare))
    pos = 0

    def fail(why: str) -> UsageError:
        return UsageError(f"cannot search for {match!r}: {why}")

    def peek() -> str | None:
        return items[pos][0] if pos < len(items) else None

    def phrase_of(text: str) -> str | None:
        words = tokens(text)
        return "(" + " <-> ".join(_lexeme(w) for w in words) + ")" if words else None

    def near() -> str | None:
        nonlocal pos
        texts: list[str] = []
        distance = 10
        while peek() == "phrase":
            texts.append(items[pos][1])
            pos += 1
        # A part inside another part of the same NEAR adds no condition on an index made by
        # cut_for_search (a word's dictionary sub-words are indexed beside it) but costs the GIN
        # scan and the recheck a dozen alternatives each: 人大 常委 委会 常委会 is asked as 人大, 常委会.
        texts = [x for x in texts if not any(x != y and x in y for y in texts)]
        phrases = [p for p in (phrase_of(x) for x in texts) if p]
        if peek() == "dist":
            distance = int(items[pos][1])
            pos += 1
        elif peek() == ")":
            pos += 1
        else:
            raise fail("NEAR(...) not closed")
        if not phrases:
            return None
        if len(phrases) == 1:
            return phrases[0]
        pairs = []
        for a, b in zip(phrases, phrases[1:], strict=False):
            ways = [f"{x} <{n}> {y}" for n in range(1, distance + 2) for x, y in ((a, b), (b, a))]
            pairs.append("(" + " | ".join(ways) + ")")
        return "(" + " & ".join(pairs) + ")"

    def primary() -> str | None:
        nonlocal pos
        kind = peek()
        if kind == "phrase":
            pos += 1
            return phrase_of(items[pos - 1][1])
        if kind == "near":
            pos += 1
            return near()
        if kind == "(":
            pos += 1
            inner = disjunction()
            if peek() != ")":
                raise fail("unbalanced parentheses")
            pos += 1
            return inner
        raise fail(f"unexpected {kind or 'end'}")

    def conjunction() -> str | None:
        nonlocal pos
        parts: list[str] = []
        negate_next = False
        first = primary()
        if first:
            parts.append(first)
        while peek() in ("AND", "NOT", "phrase", "near", "("):
            if peek() == "AND":
                pos += 1
            elif peek() == "NOT":
                pos += 1
                negate_next = True
            p = primary()
            if p:
                parts.append(f"!{p}" if negate_next else p)
            negate_next = False
        return "(" + " & ".join(parts) + ")" if parts else None

    def disjunction() -> str | None:
        nonlocal pos
        parts = [conjunction()]
        while peek() == "OR":
            pos += 1
            parts.append(conjunction())
        kept = [p for p in parts if p]
        return "(" + " | ".join(kept) + ")" if kept else None

    out = disjunction()
    if pos != len(items):
        raise fail(f"unexpected {items[pos][0]}")
    if not out:
        raise fail("no words to search for")
    return out


# A tsquery as a tree for `loose_tsquery`: ("word", lexeme), ("and" | "or", frozenset of trees), ("not", tree).
Tree = tuple
_TSQUERY_ITEM = re.compile(r"'(?:[^']|'')*'|<(?:-|\d+)>|[&|!()]")


def parse_loose(query: str) -> Tree:
    """The tree of a tsquery as `to_tsquery` writes it, every position condition (<->, <N>) made a
    plain AND; repeated alternatives (a NEAR's both orders and every distance) fold into one."""
    items = _TSQUERY_ITEM.findall(query)
    pos = 0

    def join(op: str, parts: list[Tree]) -> Tree:
        flat: set[Tree] = set()
        for p in parts:
            flat.update(p[1] if p[0] == op else (p,))
        return next(iter(flat)) if len(flat) == 1 else (op, frozenset(flat))

    def unary() -> Tree:
        nonlocal pos
        if pos >= len(items):
            raise ValueError(f"tsquery ends early: {query!r}")
        item = items[pos]
        pos += 1
        if item == "!":
            return ("not", unary())
        if item == "(":
            inner = disjunction()
            if pos >= len(items) or items[pos] != ")":
                raise ValueError(f"unbalanced tsquery: {query!r}")
            pos += 1
            return inner
        if item.startswith("'"):
            return ("word", item[1:-1].replace("''", "'").replace("\\\\", "\\"))
        raise ValueError(f"unexpected {item!r} in tsquery {query!r}")

    def conjunction() -> Tree:
        nonlocal pos
        parts = [unary()]
        while pos < len(items) and (items[pos] == "&" or items[pos].startswith("<")):
            pos += 1
            parts.append(unary())
        return join("and", parts)

    def disjunction() -> Tree:
        nonlocal pos
        parts = [conjunction()]
        while pos < len(items) and items[pos] == "|":
            pos += 1
            parts.append(conjunction())
        return join("or", parts)

    tree = disjunction()
    if pos != len(items):
        raise ValueError(f"unexpected {items[pos]!r} in tsquery {query!r}")
    return tree


def has_not(tree: Tree) -> bool:
    return tree[0] == "not" or (tree[0] in ("and", "or") and any(has_not(t) for t in tree[1]))


def tree_tsquery(tree: Tree) -> str:
    """A tree of `parse_loose` (without NOT) as a tsquery, in a stable order."""
    if tree[0] == "word":
        return _lexeme(tree[1])
    if tree[0] == "not":
        return "!" + tree_tsquery(tree[1])
    sep = " & " if tree[0] == "and" else " | "
    return "(" + sep.join(sorted(tree_tsquery(t) for t in tree[1])) + ")"
