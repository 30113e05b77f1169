"""A readable terminal view of one Doc (`podiya extract --format view`)."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..doc import Doc


def render(doc: Doc, out: TextIO) -> None:
    # markup=False: article text ("[/i]", "[bold]") must print as written, not be read as rich markup.
    console = Console(file=out, soft_wrap=True, highlight=False, markup=False)
    a = doc.article
    console.rule(f"{a.id}  {doc.lang or '?'}  {a.date or 'no date'}", style="bold")
    if a.title:
        console.print(a.title, style="bold")
    console.print(f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens")
    if doc.entities:
        t = Table("type", "name", "key", "code", "mentions", title="Entities")
        for e in doc.entities:
            t.add_row(e.type, e.name, e.key or "", " ".join(x for x in (e.country, e.sector) if x),
                      ", ".join(m.text for m in e.mentions))
        console.print(t)
    if doc.times:
        t = Table("text", "value", "granularity", "anchor", title="Times")
        for x in doc.times:
            t.add_row(x.text, x.value or "?", x.granularity or "", x.anchor or "")
        console.print(t)
    if doc.events:
        t = Table("type", "actor", "recipient", "date", "modality", "trigger", title="Events")
        for ev in doc.events:
            party = lambda ps: "+".join(f"{p.name or '?'} ({p.country or '?'} {p.sector or ''})".strip() for p in ps)
            t.add_row(ev.type, party(ev.actor), party(ev.recipient), ev.date or "", ev.modality, ev.trigger.text)
        console.print(t)
    if doc.summary:
        console.print("Summary", style="bold")
        for i in doc.summary:
            s, e = doc.sentences[i]
            console.print("  " + doc.text[s:e])
