"""Clause numbering (clauses.py) and the copyright cut (cited.py) on hand-made tokens."""
from __future__ import annotations

from podiya.doc import Token
from podiya.events.cited import before_copyright
from podiya.events.clauses import clause_ids
from podiya.events.parties import Party


def _tokens(words: list[str]) -> list[Token]:
    out, at = [], 0
    for word in words:
        out.append(Token(start=at, end=at + len(word), text=word))
        at += len(word) + 1
    return out


def _party(at: int, case: str) -> Party:
    return Party(first=at, last=at, country="UKR", sector=None, entity=None, name=str(at),
                 cases=frozenset({case}), prep=None, source="entity")


def test_comma_between_coordinated_parties_of_one_case_does_not_end_the_clause():
    tokens = _tokens(["Україна", ",", "Польща", "підписали", ",", "заявив"])
    assert clause_ids(tokens, [_party(0, "nomn"), _party(2, "nomn")]) == [0, 0, 0, 0, -1, 1]


def test_comma_between_parties_of_different_cases_ends_the_clause():
    tokens = _tokens(["Україна", ",", "Польщі", "підписали"])
    assert clause_ids(tokens, [_party(0, "nomn"), _party(2, "gent")]) == [0, -1, 1, 1]


def test_copyright_notice_and_byline_are_cut():
    tokens = _tokens(["Росія", "обвинила", "Facebook", "/", "Москва", "/", "©", "РИА"])
    assert [t.text for t in before_copyright(tokens)] == ["Росія", "обвинила", "Facebook", "/", "Москва", "/"]
    plain = _tokens(["Росія", "обвинила", "Facebook"])
    assert before_copyright(plain) == plain
