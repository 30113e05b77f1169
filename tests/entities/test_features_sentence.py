"""features.sentence_extras: the sentence-level features both taggers use, and where
sequence_features puts them in a token's list (the order the model was trained with)."""
from podiya.entities.corpus import tokenize
from podiya.entities.features import (AFTER_LEFT, AFTER_RIGHT, WITH_WORD, sentence_extras,
                                      sequence_features, word_view)


def _tokens(text: str, lang: str = "uk"):
    return tokenize(text, lang)[1]


def test_sentence_edges_and_bigrams():
    tokens = _tokens("«Нафтогаз» подав позов.")
    n = len(tokens)
    extras = sentence_extras(tokens, "uk", known=[])
    assert (0, AFTER_LEFT, "BOS") in extras and (n - 1, AFTER_RIGHT, "EOS") in extras
    assert (1, AFTER_LEFT, "BOS+quote") in extras
    assert not any(f == "cap@BOS" for _, _, f in extras)           # « is no capital
    bigrams = [(i, f) for i, place, f in extras if f.startswith("bi=")]
    assert bigrams == [(i, f"bi={tokens[i - 1].text.lower()}|{tokens[i].text.lower()}") for i in range(1, n)]
    assert (0, AFTER_LEFT, "cap@BOS") in sentence_extras(_tokens("Президент прибув."), "uk", known=[])
    assert sentence_extras([], "uk", known=[]) == []


def test_a_one_word_sentence_is_both_ends():
    assert sentence_extras(_tokens("Київ"), "uk", known=[]) == \
        [(0, AFTER_LEFT, "BOS"), (0, AFTER_LEFT, "cap@BOS"), (0, AFTER_RIGHT, "EOS")]


def test_gazetteer_marks_and_their_neighbours():
    tokens = _tokens("Президент України Володимир Зеленський прибув.")
    known = [(tokens[2].start, tokens[3].end, "PER", "")]
    extras = sentence_extras(tokens, "uk", known=known)
    gaz = [e for e in extras if "gz" in e[2]]
    assert gaz == [(2, WITH_WORD, "gz=B-PER"), (2, WITH_WORD, "gzT=PER"), (2, WITH_WORD, "gzk=?"),
                   (3, AFTER_LEFT, "-1:gzT=PER"), (1, AFTER_RIGHT, "1:gzT=PER"),
                   (3, WITH_WORD, "gz=L-PER"), (3, WITH_WORD, "gzT=PER"), (3, WITH_WORD, "gzk=?"),
                   (4, AFTER_LEFT, "-1:gzT=PER"), (2, AFTER_RIGHT, "1:gzT=PER")]
    assert not any("gz" in f for _, _, f in sentence_extras(tokens, "uk", known=[]))


def test_sequence_features_are_the_word_views_and_the_extras_in_training_order():
    tokens = _tokens("«Нафтогаз» подав позов проти Володимира Зеленського.")
    known = [(tokens[5].start, tokens[6].end, "PER", "")]
    items = sequence_features(tokens, "uk", known)
    views = [word_view(t.text, "uk") for t in tokens]
    extras = sentence_extras(tokens, "uk", known)
    for i, item in enumerate(items):
        mine = [(place, f) for j, place, f in extras if j == i]
        context = [*views[i][0], *(views[i - 2][3] if i >= 2 else ()), *(views[i - 1][1] if i >= 1 else ()),
                   *(views[i + 1][2] if i + 1 < len(tokens) else ()), *(views[i + 2][4] if i + 2 < len(tokens) else ())]
        assert sorted(item) == sorted(context + [f for _, f in mine])
        # the order crfsuite was trained with: own, with-word extras, -2, -1, after-left extras, +1, after-right, +2
        place_of = {f: place for place, f in mine}

        def rank(feature: str) -> int:
            if feature in place_of:
                return (1, 4, 6)[place_of[feature]]
            for prefix, r in (("-2:", 2), ("-1:", 3), ("1:", 5), ("2:", 7)):
                if feature.startswith(prefix):
                    return r
            return 0
        ranks = [rank(f) for f in item]
        assert ranks == sorted(ranks), (i, item)


def test_tagging_lists_keep_only_the_models_features():
    tokens = _tokens("Президент України Володимир Зеленський прибув.")
    full = sequence_features(tokens, "uk", [])
    wanted = frozenset({"BOS", "EOS", "w=президент", "cap@BOS"})
    kept = sequence_features(tokens, "uk", [], attributes=wanted)
    assert kept[0] == [f for f in full[0] if f in wanted] == ["w=президент", "BOS", "cap@BOS"]
    assert kept[-1] == ["EOS"]
