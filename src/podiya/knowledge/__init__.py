"""The knowledge base: who and what the news names, with codes, tenures and metonyms.

    from podiya.knowledge import load_kb
    kb = load_kb()                                   # every data file, validated, cached
    kb.get("Q159"); kb.lookup("РФ", "uk"); kb.lookup_lemmas(["сполучений", "штат"], "uk")
    kb.country_adjective("азербайджанський")         # "AZE"
    kb.metonym("Кремль")                             # ("RUS", "GOV")
    kb.match_office(["правитель", "росія"], "uk")    # "RUS.head_of_state"
    kb.office_holder("RUS.head_of_state", "1999-06-01")   # Boris Yeltsin

The data (JSON Lines under data/, described in data/README.md) is the product; kb.py reads it.
"""
from .kb import KnowledgeBase, load_kb
from .normalize import normalize
from .records import Entry, Office, Tenure

__all__ = ["Entry", "KnowledgeBase", "Office", "Tenure", "load_kb", "normalize"]
