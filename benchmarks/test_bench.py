"""The benchmark suite for pytest-benchmark: ``pytest benchmarks --benchmark-only``.

Each group sets sco_brief beside the library a user would otherwise reach for, on the same input,
so pytest-benchmark's table shows the ratio directly (compare the rows of one group); the scaling
groups show linearity the same way. The ``python -m benchmarks`` runner measures the same things, plus
memory and ``--jobs``, in one table.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from benchmarks._common import SEED, corpus
from benchmarks.bench_exports import docx_add_row, synthetic_meeting, xlsxwriter_same_cells

_ROUNDS = 3


def _extract_all(docs: list[str]) -> None:
    import sco_brief

    for text in docs:
        sco_brief.extract(text)


@pytest.mark.benchmark(group="extract: corpus of news texts")
def test_extract_corpus(benchmark: BenchmarkFixture, news_corpus: list[str]) -> None:
    """sco_brief.extract() over the corpus (dictionaries loaded before timing, as in a long job)."""
    import sco_brief

    sco_brief.extract(news_corpus[0])
    benchmark.extra_info["chars"] = sum(map(len, news_corpus))
    benchmark.pedantic(_extract_all, args=(news_corpus,), rounds=_ROUNDS, iterations=1)


@pytest.mark.benchmark(group="extract: corpus of news texts")
def test_natasha_corpus(benchmark: BenchmarkFixture, news_corpus: list[str]) -> None:
    """natasha's segmenter, morphology and NER over the same corpus (the anchor)."""
    natasha = pytest.importorskip("natasha")
    emb = natasha.NewsEmbedding()
    segmenter, morph, ner = natasha.Segmenter(), natasha.NewsMorphTagger(emb), natasha.NewsNERTagger(emb)

    def run() -> None:
        for text in news_corpus:
            doc = natasha.Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)

    benchmark.extra_info["chars"] = sum(map(len, news_corpus))
    benchmark.pedantic(run, rounds=_ROUNDS, iterations=1)


@pytest.mark.benchmark(group="extract: one document")
def test_extract_seed(benchmark: BenchmarkFixture) -> None:
    """extract() of the seed press release, warm."""
    import sco_brief

    text = SEED.read_text(encoding="utf-8")
    sco_brief.extract(text)
    benchmark(sco_brief.extract, text)


_UNIT = 75_000


@pytest.mark.parametrize("times", [1, 4])
@pytest.mark.benchmark(group="scaling: corpus 1x and 4x (linear = 4x the time)")
def test_extract_scaling(benchmark: BenchmarkFixture, times: int) -> None:
    """extract() over a varied corpus of 1x and 4x the size; the times must grow linearly."""
    docs = corpus(_UNIT * times)
    _extract_all(corpus(_UNIT))  # warm the word caches on the same vocabulary first
    benchmark.extra_info["chars"] = sum(map(len, docs))
    benchmark.pedantic(_extract_all, args=(docs,), rounds=_ROUNDS, iterations=1)


@pytest.mark.parametrize("times", [1, 4])
@pytest.mark.benchmark(group="scaling: one document 1x and 4x as long (linear = 4x the time)")
def test_extract_long_document(benchmark: BenchmarkFixture, times: int) -> None:
    """extract() of one document made of many texts: no step may be quadratic in its length."""
    import sco_brief

    text = "\n".join(corpus(_UNIT * times))
    sco_brief.extract("\n".join(corpus(_UNIT)))
    benchmark.extra_info["chars"] = len(text)
    benchmark.pedantic(sco_brief.extract, args=(text,), rounds=_ROUNDS, iterations=1)


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.benchmark(group="start-up: whole processes")
def test_python_bare(benchmark: BenchmarkFixture) -> None:
    """``python -c pass``: the floor every process start pays."""
    benchmark.pedantic(_run, args=([sys.executable, "-c", "pass"],), rounds=5, iterations=1)


@pytest.mark.benchmark(group="start-up: whole processes")
def test_import(benchmark: BenchmarkFixture) -> None:
    """``python -c 'import sco_brief'`` (goal: under 0.3 s)."""
    benchmark.pedantic(_run, args=([sys.executable, "-c", "import sco_brief"],), rounds=5, iterations=1)


@pytest.mark.benchmark(group="start-up: whole processes")
def test_cli_seed(benchmark: BenchmarkFixture) -> None:
    """``sco-brief extract seed`` end to end (goal: under 1 s)."""
    exe = shutil.which("sco-brief") or str(Path(sys.executable).with_name("sco-brief"))
    command = [exe] if Path(exe).exists() else [sys.executable, "-m", "sco_brief"]
    args = [*command, "extract", str(SEED)]
    benchmark.pedantic(_run, args=(args,), rounds=5, iterations=1)


_XLSX_METRICS = 20_000


@pytest.mark.benchmark(group=f"xlsx: {_XLSX_METRICS:,} metrics")
def test_xlsx_ours(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """Our XLSX exporter (goal: within 1.5x of XlsxWriter's constant_memory mode)."""
    import sco_brief

    meeting = synthetic_meeting(_XLSX_METRICS)
    path = tmp_path / "ours.xlsx"
    benchmark.pedantic(lambda: sco_brief.write_xlsx([meeting], path, overwrite=True), rounds=_ROUNDS, iterations=1)


@pytest.mark.benchmark(group=f"xlsx: {_XLSX_METRICS:,} metrics")
def test_xlsx_xlsxwriter(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """XlsxWriter constant_memory writing the same cells (the anchor)."""
    pytest.importorskip("xlsxwriter")
    meeting = synthetic_meeting(_XLSX_METRICS)
    benchmark.pedantic(xlsxwriter_same_cells, args=(meeting, tmp_path / "t.xlsx"), rounds=_ROUNDS, iterations=1)


_DOCX_ROWS = 1_000


@pytest.mark.benchmark(group=f"docx: {_DOCX_ROWS:,} metric rows")
def test_docx_ours(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """Our whole DOCX briefing with a metrics table of that many rows."""
    import sco_brief

    meeting = synthetic_meeting(_DOCX_ROWS)
    path = tmp_path / "ours.docx"
    benchmark.pedantic(lambda: sco_brief.write_docx(meeting, path, overwrite=True), rounds=_ROUNDS, iterations=1)


@pytest.mark.benchmark(group=f"docx: {_DOCX_ROWS:,} metric rows")
def test_docx_python_docx(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """A bare python-docx table grown by add_row() (the anchor; quadratic in rows)."""
    benchmark.pedantic(docx_add_row, args=(_DOCX_ROWS, tmp_path / "t.docx"), rounds=_ROUNDS, iterations=1)
