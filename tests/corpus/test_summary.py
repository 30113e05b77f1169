"""The extractive summary stage on hand-made documents."""
from __future__ import annotations

from podiya.corpus.summary import SummaryStage, summarize, summary_size
from podiya.doc import Article, Doc
from podiya.pipeline import Pipeline
from podiya.schema import Entity, Mention
from podiya.settings import load_settings


def _doc(sentences: list[str]) -> Doc:
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        spans.append((start, start + len(s)))
        pos = start + len(s)
    return Doc(article=Article(id="s", text=text), sentences=spans)


def test_size_grows_with_the_article_and_never_exceeds_it():
    assert [summary_size(n) for n in (1, 2, 3, 10, 11, 25, 26, 200)] == [1, 2, 3, 3, 4, 4, 5, 5]


def test_summary_is_in_text_order_and_prefers_central_sentences():
    sentences = [
        "Russia and Azerbaijan held talks on the crash of the plane in Dushanbe.",
        "The weather in the city was warm and sunny all week long.",
        "The crash of the plane was the main topic of the talks between Russia and Azerbaijan.",
        "Local cafes served tea to the visitors of the market square.",
        "Azerbaijan demanded compensation from Russia for the crash of the plane.",
        "A football match took place on Sunday evening in the stadium.",
        "Russia promised to punish those responsible for the plane crash.",
    ]
    chosen = summarize(_doc(sentences))
    assert chosen == sorted(chosen) and len(chosen) == 3
    assert 0 in chosen                                  # the lead
    assert not {1, 3, 5} & set(chosen), chosen          # off-topic sentences stay out


def test_entities_pull_a_sentence_in():
    sentences = [f"Sentence number {i} talks about nothing in particular today." for i in range(12)]
    doc = _doc(sentences)
    start, end = doc.sentences[9]
    doc.entities = [Entity(id="E1", type="LOC", name="Russia",
                           mentions=[Mention(start=start, end=start + 8, text="Sentence", base="x")] * 3)]
    assert 9 in summarize(doc)


def test_stage_contract_and_short_documents():
    stage = SummaryStage(load_settings())
    assert (stage.name, stage.requires, stage.provides) == ("summary", ("sentences",), ("summary",))
    assert stage(_doc([])).summary == []
    assert stage(_doc(["One short sentence here."])).summary == [0]


def test_in_the_pipeline_with_tokens():
    text = ("Зустріч Алієва та Путіна відбулася в Душанбе. Сторони обговорили катастрофу літака. "
            "Погода була теплою. Путін визнав провину Росії за катастрофу літака. "
            "Баку вимагає компенсації за катастрофу літака.")
    doc = Pipeline(stages=["language", "segment", "morphology", "summary"])(Article(id="u", text=text, lang="uk"))
    assert len(doc.summary) == 3 and doc.summary == sorted(doc.summary)
    assert 2 not in doc.summary


def test_centrality_is_the_sum_over_all_pairs_in_sentence_order():
    # _centrality sums only the pairs that share a lemma; the scores must be the plain loop's, bit for bit
    import math
    import random
    from collections import Counter

    from podiya.corpus.summary import _centrality

    def every_pair(bags):
        norms = [math.sqrt(sum(v * v for v in bag.values())) for bag in bags]
        totals = [0.0] * len(bags)
        for i in range(len(bags)):
            for j in range(i + 1, len(bags)):
                dot = sum(v * bags[j].get(k, 0) for k, v in bags[i].items())
                if dot:
                    totals[i] += dot / (norms[i] * norms[j])
                    totals[j] += dot / (norms[i] * norms[j])
        return totals

    rng = random.Random(7)
    words = [f"w{i}" for i in range(40)]
    for _ in range(200):
        bags = [Counter(rng.choices(words[:rng.randint(1, 40)], k=rng.randint(0, 12))) for _ in range(rng.randint(0, 30))]
        assert _centrality(bags) == every_pair(bags)
