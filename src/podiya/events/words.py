"""Closed-class words the events rules read (conjunctions, clause punctuation, relative and
complementiser words, negation, English "be"), uk, ru and en together, in one place.

These are grammar, not lexicon: short fixed sets that no corpus extends, so they are constants
here; open lists of cue words (speech verbs, plan nouns...) are data in data/cues.toml.
"""
from __future__ import annotations

# Conjunctions joining two coordinated parties ("Франція та Іспанія", "США или Китай").
CONJUNCTIONS = frozenset({"і", "й", "та", "и", "and", "або", "или", "or"})
# Words that may stand between coordinated parties: the conjunctions, a comma, "а", "також", "&".
COORDINATORS = CONJUNCTIONS | frozenset({",", "а", "також", "&"})
# "and" alone: a second predicate of the same subject ("... і заявив").
AND = frozenset({"и", "і", "й", "та", "and"})
# Punctuation that ends a clause inside a sentence (clause_ids, `tight` phrases).
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "?", "!"})
# Words that open a relative or complement clause ("який", "что", "which").
RELATIVE = frozenset({"який", "котрий", "що", "который", "что", "which", "who", "that", "чий", "чей"})
# Complementisers after a speech verb ("заявив, що ...").
THAT = frozenset({"що", "что", "that"})
# A negation opening a trigger phrase ("не погоджується з ...").
NEGATIONS = frozenset({"не", "ні", "ни", "not"})
# Forms of English "be" that make the next participle passive.
BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
