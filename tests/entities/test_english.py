"""English names without a tagger (entities/english.py): demonyms, titles, sentence starters,
possessives, coordinated names and acronyms the KB knows."""
from __future__ import annotations

import pytest

from podiya.entities.corpus import tokenize
from podiya.entities.english import english_spans


def names(text):
    _, tokens = tokenize(text, "en")
    return [(text[s:e], t) for s, e, t in english_spans(tokens)]


@pytest.mark.parametrize(("text", "want", "never"), [
    # demonyms are country adjectives for the actor layer, not names; inside a name they stay
    ("The Kremlin admitted that Russian air defence shot down the Azerbaijani plane.",
     [("Kremlin", "ORG")], {"Russian", "Azerbaijani"}),
    ("Ukrainian and Polish troops met the Russian Orthodox Church.",
     [("Russian Orthodox Church", "ORG")], {"Ukrainian and Polish", "Ukrainian", "Polish"}),
    ("The Ukrainian Foreign Ministry protested.", [("Ukrainian Foreign Ministry", "ORG")], {"Ministry"}),
    # titles and roles go, a known name before a title stays a name of its own
    ("Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev.",
     [("Vladimir Putin", "PER"), ("Ilham Aliyev", "PER")], {"Russian President Vladimir Putin"}),
    ("Lavrov met US Secretary of State Marco Rubio.", [("US", "LOC"), ("Marco Rubio", "PER")],
     {"US Secretary of State Marco Rubio"}),
    # common words opening a sentence are no names
    ("Officials in Kyiv said so. Speaking in Brussels, NATO chief Mark Rutte agreed.",
     [("Kyiv", "LOC"), ("Brussels", "LOC"), ("NATO", "ORG"), ("Mark Rutte", "PER")], {"Officials", "Speaking"}),
    # possessives end the name; "and" joins two names the KB knows, not one
    ("The European Union backed Ukraine's bid.", [("European Union", "ORG"), ("Ukraine", "LOC")],
     {"Ukraine's", "Ukraine'"}),
    ("Germany and France signed it.", [("Germany", "LOC"), ("France", "LOC")], {"Germany and France"}),
    ("The Ministry of Trade and Industry of Russia said so.", [("Ministry of Trade and Industry of Russia", "ORG")],
     {"Ministry of Trade"}),
    ("The IAEA inspected the site.", [("IAEA", "ORG")], set()),
    # numbers, abbreviated months, region adjectives are no names alone
    ("KYIV, Nov 3 (Reuters) - Russia fired 100 drones; Western allies sent F-16 jets for European unity.",
     [("Reuters", "ORG"), ("Russia", "LOC"), ("F-16", "PRO")], {"Nov", "100", "Western", "European"}),
    # dotted initials are one name; "Kyiv-based" is a modifier
    ("U.S. President Donald Trump called the U.N. Security Council.",
     [("U.S.", "LOC"), ("Donald Trump", "PER"), ("U.N. Security Council", "ORG")], {"U", "S", "N"}),
    ("Pro-Russian separatists attacked Kyiv-based reporters.", [], {"Kyiv-based", "Pro-Russian"}),
    # a title-case headline says nothing by its capitals (the KB still finds Russia and Ukraine)
    ("Russia Launches Massive Drone Attack on Ukraine", [], {"Russia Launches Massive Drone Attack on Ukraine"}),
], ids=["demonyms", "adjective-in-name", "adjective-org", "titles", "name-before-title", "starters",
        "possessive", "and-split", "and-in-org", "acronym", "never-alone", "dotted", "hyphen", "headline"])
def test_english_names(text, want, never):
    found = names(text)
    for item in want:
        assert item in found, f"{item} not in {found}"
    assert not {form for form, _ in found} & never, found


def test_english_word_classes_are_read_from_the_data_file():
    from podiya.entities.english import english_words

    assert "ministry" in english_words("org_head") and "river" in english_words("loc_head")
    assert "president" in english_words("title") and "meanwhile" in english_words("starter")
    assert "western" in english_words("never_alone")
    with pytest.raises(ValueError):
        english_words("verbs")
