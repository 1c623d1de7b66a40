"""Extraction throughput: sco_brief.extract() against natasha's full pipeline on the same text."""

from __future__ import annotations

import time

from benchmarks._common import Row, corpus, row


def _ours(docs: list[str]) -> float:
    import sco_brief

    sco_brief.extract(docs[0])  # load dictionaries outside the timed part, as a long-running job would
    start = time.perf_counter()
    for text in docs:
        sco_brief.extract(text)
    return time.perf_counter() - start


def _natasha(docs: list[str]) -> float | None:
    try:
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    except ImportError:
        return None
    emb = NewsEmbedding()
    segmenter, morph, ner = Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb)
    start = time.perf_counter()
    for text in docs:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
    return time.perf_counter() - start


def run(quick: bool = False) -> list[Row]:
    docs = corpus(60_000 if quick else 5_000_000)
    chars = sum(len(d) for d in docs)
    ours = _ours(docs)
    # natasha is ~10x slower: a fifth of the corpus gives a stable rate in reasonable time.
    sample = docs[: max(1, len(docs) // (1 if quick else 5))]
    theirs = _natasha(sample)
    theirs_rate = sum(len(d) for d in sample) / theirs if theirs else None
    return [
        row("extract: chars/s", chars / ours, "chars/s", anchor=theirs_rate, anchor_name="natasha (seg+morph+NER)"),
        row("extract: docs/s", len(docs) / ours, "docs/s", note=f"{len(docs)} docs, {chars / 1e6:.1f} M chars"),
    ]
