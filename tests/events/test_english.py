"""English news sentences through the whole pipeline (entities from english.py and the KB, times,
events): each case names the event type, the actor and recipient codes and, where it matters, the
modality. The sentences are made up for these tests."""
from __future__ import annotations

import pytest

from .conftest import codes, run

# Known gaps, each outside the English files; each reason names the file that holds the fix:
CROWD = "no event: the crowd 'Workers at the port' gets no implied actor (events/implied.py, parties.py)"


def gap(reason, *case):
    return pytest.param(*case, marks=pytest.mark.xfail(reason=reason, strict=False))


# (text, type, actor codes or None for "any", recipient codes or None for "any", modality or None for "any")
CASES = [
    ("Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Dushanbe on Thursday.",
     "CONSULT", ["RUS GOV"], ["AZE GOV"], "asserted"),
    ("Ukraine held talks with Poland on grain transit.", "CONSULT", ["UKR GOV"], ["POL GOV"], None),
    ("Emmanuel Macron visited Kyiv on Monday.", "CONSULT", ["FRA GOV"], ["UKR GOV"], None),
    ("Germany and France signed an agreement with Moldova on energy.", "SUPPORT", ["DEU GOV", "FRA GOV"],
     ["MDA GOV"], None),                                  # signing is SUPPORT in plover.md
    ("Armenia reached a deal with Azerbaijan on the border.", "AGREE", ["ARM GOV"], ["AZE GOV"], None),
    ("The European Union backed Ukraine's bid for membership.", "SUPPORT", ["EU IGO"], ["UKR GOV"], None),
    ("Olaf Scholz praised Poland for its help to refugees.", "SUPPORT", ["DEU GOV"], ["POL GOV"], None),
    ("China criticized Japan over its defence budget.", "ACCUSE", ["CHN GOV"], ["JPN GOV"], None),
    ("Lithuania accused Belarus of pushing migrants across the border.", "ACCUSE", ["LTU GOV"], ["BLR GOV"], None),
    ("Ukraine blamed Russia for the attack on the power plant.", "ACCUSE", ["UKR GOV"], ["RUS GOV"], None),
    ("Hungary vetoed the sanctions proposal of the European Union.", "REJECT", ["HUN GOV"], ["EU IGO"], None),
    ("Moscow rejected Kyiv's peace plan.", "REJECT", ["RUS GOV"], ["UKR GOV"], None),
    ("Azerbaijan demanded compensation from Russia.", "REQUEST", ["AZE GOV"], ["RUS GOV"], None),
    ("NATO urged Serbia to calm tensions in Kosovo.", "REQUEST", ["NATO IGO"], ["SRB GOV"], None),
    ("North Korea threatened South Korea with a nuclear strike.", "THREATEN", ["PRK GOV"], ["KOR GOV"], None),
    ("The European Union imposed new sanctions on Iran.", "SANCTION", ["EU IGO"], ["IRN GOV"], None),
    ("Poland expelled two Russian diplomats.", "SANCTION", ["POL GOV"], ["RUS GOV"], None),
    ("Russian police detained a Ukrainian journalist in Moscow.",
        "COERCE", ["RUS COP"], ["UKR JRN"], None),
    ("Russia released two Ukrainian prisoners of war.", "RETREAT", ["RUS GOV"], ["UKR"], None),
    ("Russia shelled Kharkiv overnight.", "ASSAULT", ["RUS GOV"], ["UKR"], "asserted"),
    ("The Kremlin admitted that Russian air defence shot down the Azerbaijani plane.",
        "ASSAULT", ["RUS MIL"], ["AZE"], None),
    ("The Kremlin admitted that Russian air defence shot down the Azerbaijani plane.", "CONCEDE", ["RUS GOV"],
     None, None),
    ("Vladimir Putin apologized to Ilham Aliyev for the crash.", "CONCEDE", ["RUS GOV"], ["AZE GOV"], None),
    ("Polish farmers protested against imports of Ukrainian grain.", "PROTEST", ["POL"], None, None),
    ("Germany sent air defence systems to Ukraine.", "AID", ["DEU GOV"], ["UKR GOV"], None),
    ("Japan provided humanitarian aid to Turkey after the earthquake.", "AID", ["JPN GOV"], ["TUR GOV"], None),
    ("Russia deployed troops near Finland.", "MOBILIZE", ["RUS GOV"], None, None),
    ("A court in Moscow sentenced a Ukrainian activist to ten years.",
        "SANCTION", ["RUS JUD"], ["UKR"], None),
    ("Kremlin critic Alexei Navalny was detained by Russian police.", "COERCE", ["RUS COP"], ["RUS CVL"], None),
    ("Kharkiv was shelled by Russia overnight.", "ASSAULT", ["RUS GOV"], ["UKR"], None),
    ("Russia and Ukraine exchanged prisoners of war on Friday.", "RETREAT", ["RUS GOV"], ["UKR GOV"], None),
    ("Iran launched drones at Israel overnight.", "ASSAULT", ["IRN GOV"], ["ISR GOV"], None),
    ("Russia struck Kyiv with missiles overnight.", "ASSAULT", ["RUS GOV"], ["UKR"], None),   # a city attacked: its country
    ("The United States hit Russia with new sanctions.", "SANCTION", ["USA GOV"], ["RUS GOV"], None),
    gap(CROWD, "Workers at the port went on strike against the government of France.",
        "PROTEST", None, ["FRA GOV"], None),
    ("Russia warned Finland against joining NATO.", "THREATEN", ["RUS GOV"], ["FIN GOV"], None),
    ("Thousands rallied in Tbilisi against the government of Georgia.", "PROTEST", None, ["GEO GOV"], None),
    ("Russia may attack Lithuania, Zelensky said.", "ASSAULT", ["RUS GOV"], ["LTU GOV"], "hypothetical"),
    ("Israel said it would release Palestinian prisoners.", "RETREAT", ["ISR GOV"], None, "future"),
    ("According to Reuters, Iran seized a British tanker.", "COERCE", ["IRN GOV"], ["GBR"], "reported"),
    ("Russia denied that it attacked Ukraine.", "ASSAULT", ["RUS GOV"], ["UKR GOV"], "negated"),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient", "modality"), CASES,
                         ids=[f"{i:02d}-{getattr(c, 'values', c)[1]}" for i, c in enumerate(CASES)])
def test_english_sentence(pipeline, text, etype, actor, recipient, modality):
    doc = run(pipeline, text, "en", "2025-10-17")
    found = [(e.type, codes(e.actor), codes(e.recipient), e.modality) for e in doc.events]
    hits = [e for e in doc.events if e.type == etype]
    assert hits, f"no {etype} in {found}"
    fits = [e for e in hits if (actor is None or codes(e.actor) == sorted(actor))
            and (recipient is None or codes(e.recipient) == sorted(recipient))
            and (modality is None or e.modality == modality)]
    assert fits, f"{text!r}: want {etype} {actor} -> {recipient} ({modality}), got {found}"


def test_demonyms_are_not_entities(pipeline):
    text = "The Kremlin admitted that Russian air defence shot down the Azerbaijani plane."
    doc = run(pipeline, text, "en", "2025-10-17")
    names = {text[m.start:m.end] for e in doc.entities for m in e.mentions}
    assert not names & {"Russian", "Azerbaijani"}, names


def test_demonyms_are_country_codes(pipeline):
    text = "The Kremlin admitted that Russian air defence shot down the Azerbaijani plane."
    doc = run(pipeline, text, "en", "2025-10-17")
    assert {c for *_, c in doc.extras["country_adjectives"]} >= {"RUS", "AZE"}


@pytest.mark.parametrize("text", [
    "In March Russia said Ukraine was lying.",            # the month is no march
    "The minister was admitted to hospital in Moscow.",    # no admission of guilt
    "Zelensky met the press in Kyiv.",                     # no coded other side
], ids=["month", "hospital", "no-recipient"])
def test_no_event_from_look_alike_words(pipeline, text):
    doc = run(pipeline, text, "en", "2025-10-17")
    assert [e.type for e in doc.events if e.type in ("PROTEST", "CONCEDE", "CONSULT")] == [], doc.events


def test_english_lexicon_covers_every_plover_type():
    from podiya.events.lexicon import load_lexicon

    entries = load_lexicon("en").entries
    assert len(entries) >= 80 and len({e.type for e in entries}) == 16, len(entries)
